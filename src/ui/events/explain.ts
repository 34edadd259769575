// Recorded events in plain words: one formatter per event kind, reading the cause the engine
// typed for that kind (src/engine/core/events.ts), so a renamed field is a type error here, not a
// "?" on screen. Returns text, never HTML.
import type { ActorName, EventCauses, EventKind, EventOf, SimEvent } from '../../engine/core/events.ts'

export interface ExplainContext {
  /** District names by index, from the run's frame. */
  districtNames?: readonly string[]
}

type Formatters = {
  readonly [K in EventKind]: (cause: EventCauses[K], where: string, event: EventOf<K>) => string
}

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** 2 → "two", 12 → "12", 0.0312 → "0.031". */
export function amount(value: number | string | undefined): string {
  if (typeof value === 'string') return value
  if (value === undefined || Number.isNaN(value)) return '?'
  if (Number.isInteger(value)) return value >= 0 && value < SMALL.length ? SMALL[value] : String(value)
  return String(Number(value.toPrecision(2)))
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${amount(count)} ${count === 1 ? one : many}`

/** "in District 3", or "" for events of the whole country. */
function place(event: SimEvent, context: ExplainContext): string {
  if (event.district === null) return ''
  const name = context.districtNames?.[event.district]
  return ` in ${name ?? `district ${event.district + 1}`}`
}

const ACTOR_WORDS: Readonly<Record<ActorName, string>> = {
  police: 'the police',
  military: 'the military',
  peacekeepers: 'the peacekeepers',
}
const actor = (name: ActorName) => ACTOR_WORDS[name] ?? name
const bareActor = (name: ActorName) => actor(name).replace(/^the /, '')

/** A share of 0..1 as a percentage: 0.25 → "25%". */
const percent = (share: number) => `${Math.round(share * 100)}%`

const SHOCK_WORDS: { readonly [S in EventCauses['shock']['shock']]: (cause: never) => string } = {
  'army-dismissal': (c: { dismissed: number; joinedSpoilers: number }) =>
    `the army was dismissed: ${plural(c.dismissed, 'soldier')} sent home, ${amount(c.joinedSpoilers)} joined the spoilers`,
  'election-crisis': (c: { hardship: number; duration: number }) =>
    `an election crisis raised hardship by ${amount(c.hardship)} for ${plural(c.duration, 'tick')}`,
  'spoiler-influx': (c: { district: string; fighters: number }) =>
    `${plural(c.fighters, 'spoiler fighter')} arrived in ${c.district}`,
  'budget-cut': (c: { strengthCap: number }) =>
    `a budget cut capped peacekeepers at ${percent(c.strengthCap)} of full strength`,
}

const deaths = (c: EventCauses['spoiler-attack']) => {
  const parts = [
    c.civiliansKilled > 0 ? plural(c.civiliansKilled, 'civilian killed', 'civilians killed') : '',
    c.battleDeaths > 0 ? plural(c.battleDeaths, 'battle death') : '',
  ].filter(Boolean)
  return parts.length > 0 ? `: ${parts.join(', ')}` : ''
}

const FORMATTERS: Formatters = {
  outburst: (c) =>
    `an outburst began: ${plural(c.actives, 'citizen')} active at once (legitimacy ${amount(c.legitimacy)}, ${plural(c.cops, 'cop')})`,
  extinction: (c) => `the ${c.group} group was wiped out after ${plural(c.killed, 'killing')}`,
  'trust-collapse': (c, where) =>
    `trust in ${bareActor(c.actor)} fell${where} from ${amount(c.before)} to ${amount(c.after)}` +
    (c.abuses > 0 ? ` after ${plural(c.abuses, 'abuse')} witnessed` : ''),
  'abuse-cluster': (c, where) =>
    `${actor(c.actor)} committed ${plural(c.abuses, 'abuse')}${where}, seen by ${plural(c.witnesses, 'citizen')}`,
  'spoiler-attack': (c, where) => `spoilers attacked ${plural(c.attacks, 'time')}${where}${deaths(c)}`,
  'recruitment-surge': (c, where) => `spoilers recruited ${plural(c.recruits, 'citizen')}${where}`,
  'drawdown-phase': (c) =>
    `drawdown phase ${c.phase} began: peacekeepers to ${percent(c.strength)} of full strength` +
    (c.condition ? ` (${c.condition})` : ''),
  handover: (_, where) => `security was handed over to national forces${where}`,
  exit: (c) =>
    `the last peacekeepers left; the police's own capacity was ${amount(c.policeCapacityOwned)} and the military's ${amount(c.militaryCapacityOwned)}`,
  shock: (c, where) => `shock${where}: ${(SHOCK_WORDS[c.shock] as (cause: typeof c) => string)(c)}`,
  relapse: (c) =>
    `relapse: the rolling violence rate reached ${amount(c.violenceRate)}, above the threshold of ${amount(c.threshold)}, ${plural(c.ticksAfterExit, 'tick')} after exit`,
}

function generic(event: { kind: string; cause: object }, where: string): string {
  const details = Object.entries(event.cause)
    .map(([key, value]) => `${key} ${amount(value as number | string)}`)
    .join(', ')
  return `${event.kind.replaceAll('-', ' ')}${where}${details ? ` (${details})` : ''}`
}

/** The event in plain words without its tick: "trust in police fell in District 3 from 0.61 to 0.42". */
export function describeEvent(event: SimEvent, context: ExplainContext = {}): string {
  const where = place(event, context)
  // Events from a newer engine may be of a kind this page does not know yet.
  if (!Object.hasOwn(FORMATTERS, event.kind)) return generic(event, where)
  const format = FORMATTERS[event.kind] as (
    cause: SimEvent['cause'],
    where: string,
    event: SimEvent,
  ) => string
  return format(event.cause, where, event)
}

/** "tick 312: trust in police fell in District 3 …". */
export const explainEvent = (event: SimEvent, context: ExplainContext = {}): string =>
  `tick ${event.tick}: ${describeEvent(event, context)}`

/** Event kinds that change the course of a drawdown: marked more strongly on time axes. */
export const PHASE_KINDS: ReadonlySet<string> = new Set([
  'drawdown-phase',
  'handover',
  'exit',
  'shock',
  'relapse',
])

/** Event kinds marked on every time axis: shocks, phase changes and the rare turning points.
 * Frequent local events (abuses, attacks, recruitment) stay in the event log. */
export const MARKED_KINDS: ReadonlySet<string> = new Set([
  ...PHASE_KINDS,
  'outburst',
  'extinction',
  'trust-collapse',
])

/** The events to mark on a time axis. */
export const markedEvents = <E extends { kind: string }>(events: readonly E[]): E[] =>
  events.filter((event) => MARKED_KINDS.has(event.kind))
