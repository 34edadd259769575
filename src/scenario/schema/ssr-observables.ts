// The observables of the peacekeeping and SSR model: the columns of every output and the names a
// drawdown condition may read. Names never change once published; new ones may be added.
export const SSR_OBSERVABLES = [
  'pk.strength',
  'pk.count',
  'pk.trust',
  'pk.violence',
  'police.count',
  'police.capacity',
  'police.capacityOwned',
  'police.integrity',
  'police.trust',
  'police.violence',
  'military.count',
  'military.capacity',
  'military.capacityOwned',
  'military.integrity',
  'military.trust',
  'military.violence',
  'spoilers.count',
  'spoilers.violence',
  'spoilers.recruits',
  'citizens.count',
  'citizens.active',
  'citizens.jailed',
  'citizens.legitimacy',
  'citizens.violence',
  'arrests',
  'cso.share',
  'civilians.killed',
  'battle.deaths',
  'casualties',
  'abuses',
  'violence.events',
  'violence.rate',
  'violence.rolling',
  'insecurity',
  'politicalWill',
  'drawdown.phase',
] as const

export type SsrObservable = (typeof SSR_OBSERVABLES)[number]

/** Names a drawdown condition may use: every observable and the tick number t. */
export const CONDITION_NAMES: readonly string[] = [...SSR_OBSERVABLES, 't']
