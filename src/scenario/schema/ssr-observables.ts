// The observables of the peacekeeping and SSR model: the columns of every output and the names a
// drawdown condition may read. Names never change once published; new ones may be added, each
// with its entry in SSR_OBSERVABLE_INFO (what it measures and its kind of quantity).
import {
  CITIZENS,
  CITIZENS_PER_TICK,
  EVENTS_PER_TICK,
  INDEX,
  type ObservableInfo,
  PERSONNEL,
  PERSONNEL_PER_TICK,
  RATE_PER_10K,
  SHARE,
} from './observable-info.ts'

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

const info = (label: string, definition: string, quantity: ObservableInfo['quantity']): ObservableInfo => ({
  label,
  definition,
  quantity,
})

/** Every SSR observable's label, definition and quantity ("free citizens" excludes the jailed). */
export const SSR_OBSERVABLE_INFO: Readonly<Record<SsrObservable, ObservableInfo>> = {
  'pk.strength': info(
    'Peacekeeper strength',
    'Peacekeepers present / mandated total (0 when nothing is mandated)',
    SHARE,
  ),
  'pk.count': info('Peacekeepers', 'Peacekeepers present', PERSONNEL),
  'pk.trust': info('Trust in peacekeepers', 'Mean trust in peacekeepers over free citizens', INDEX),
  'pk.violence': info('Peacekeeper abuses', 'Abuses by peacekeepers this tick', EVENTS_PER_TICK),
  'police.count': info('Police officers', 'Police officers', PERSONNEL),
  'police.capacity': info('Police capacity', 'Mean capacity, min(owned + assisted, 1), over officers', INDEX),
  'police.capacityOwned': info('Police owned capacity', 'Mean owned capacity over officers', INDEX),
  'police.integrity': info('Police integrity', 'Mean integrity over officers (before impunity)', INDEX),
  'police.trust': info('Trust in police', 'Mean trust in police over free citizens', INDEX),
  'police.violence': info('Police abuses', 'Police abuses this tick', EVENTS_PER_TICK),
  'military.count': info('Soldiers', 'Soldiers', PERSONNEL),
  'military.capacity': info('Military capacity', 'Mean capacity over soldiers', INDEX),
  'military.capacityOwned': info('Military owned capacity', 'Mean owned capacity over soldiers', INDEX),
  'military.integrity': info('Military integrity', 'Mean integrity over soldiers', INDEX),
  'military.trust': info('Trust in the military', 'Mean trust in the military over free citizens', INDEX),
  'military.violence': info(
    'Military violence',
    'Military abuses plus military engagements this tick',
    EVENTS_PER_TICK,
  ),
  'spoilers.count': info('Spoilers', 'Spoilers', PERSONNEL),
  'spoilers.violence': info('Spoiler attacks', 'Spoiler attacks this tick', EVENTS_PER_TICK),
  'spoilers.recruits': info('Recruits', 'Citizens recruited by spoilers this tick', CITIZENS_PER_TICK),
  'citizens.count': info('Citizens', 'Citizens, jailed included', CITIZENS),
  'citizens.active': info('Active citizens', 'Active citizens', CITIZENS),
  'citizens.jailed': info('Jailed citizens', 'Jailed citizens', CITIZENS),
  'citizens.legitimacy': info('Legitimacy', 'Mean perceived legitimacy over free citizens', INDEX),
  'citizens.violence': info('Riots', 'Riots this tick', EVENTS_PER_TICK),
  arrests: info(
    'Arrests',
    'Police arrests of active citizens, plus spoilers taken into custody by police or peacekeepers, this tick',
    EVENTS_PER_TICK,
  ),
  'cso.share': info('CSO members', 'Share of free citizens who are CSO members', SHARE),
  'civilians.killed': info(
    'Civilians killed',
    'Citizens killed by spoiler attacks this tick',
    CITIZENS_PER_TICK,
  ),
  'battle.deaths': info(
    'Battle deaths',
    'Deaths in battles (attacks on security agents, either side) and in military engagements (spoilers) this tick',
    PERSONNEL_PER_TICK,
  ),
  casualties: info('Casualties', '`civilians.killed` + `battle.deaths`', {
    kind: 'sum',
    of: ['civilians.killed', 'battle.deaths'],
  }),
  abuses: info('Abuses', 'Abuses by police, military and peacekeepers this tick', EVENTS_PER_TICK),
  'violence.events': info(
    'Violence events',
    'Violence events this tick: riots + abuses (all forces) + spoiler attacks + military engagements',
    EVENTS_PER_TICK,
  ),
  'violence.rate': info(
    'Violence rate',
    '10,000 × `violence.events` / `citizens.count` (events per 10,000 citizens per tick)',
    RATE_PER_10K,
  ),
  'violence.rolling': info(
    'Rolling violence rate',
    'Mean of `violence.rate` over the last `outcomes.windowTicks` ticks (fewer at the start; tick 0 counts)',
    RATE_PER_10K,
  ),
  insecurity: info('Insecurity', 'Mean of the insecurity field over all cells (not capped)', INDEX),
  politicalWill: info('Political will', 'W(t), the value of `reform.politicalWill` in force', INDEX),
  'drawdown.phase': info(
    'Drawdown phase',
    'Index of the current phase of a conditions drawdown (0: full strength, before the first listed phase); 0 under other policies',
    INDEX,
  ),
}

/** The per-district columns after the fixed ones, written `violence.<District>` in the docs. */
export const DISTRICT_VIOLENCE_INFO: ObservableInfo = info(
  'Violence in the district',
  "One column per district after the fixed ones: that district's violence events this tick (riots, abuses, " +
    'attacks, engagements, each counted in the district of the cell where it happened), a count, not a rate. ' +
    'The name is `violence.` followed by the district name with every run of characters other than letters ' +
    'and digits replaced by `_` (e.g. `violence.Capital`)',
  EVENTS_PER_TICK,
)
