// Recorded events in plain words: one formatter per event kind, reading the event's cause, and a
// generic sentence for kinds this file does not know yet. Returns text, never HTML.
import type { SimEvent } from '../../engine/core/events.ts'

export interface ExplainContext {
  /** District names by index, from the run's frame. */
  districtNames?: readonly string[]
}

type Cause = SimEvent['cause']
type Formatter = (cause: Cause, where: string, event: SimEvent) => string

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** 2 → "two", 12 → "12", 0.0312 → "0.031". */
export function amount(value: number | string | undefined): string {
  if (typeof value === 'string') return value
  if (value === undefined || Number.isNaN(value)) return '?'
  if (Number.isInteger(value)) return value >= 0 && value < SMALL.length ? SMALL[value] : String(value)
  return String(Number(value.toPrecision(2)))
}

const plural = (count: number | string | undefined, one: string, many = `${one}s`) =>
  `${amount(count)} ${count === 1 ? one : many}`

const text = (value: number | string | undefined, fallback: string): string =>
  value === undefined ? fallback : String(value)

/** "in District 3", or "" for events of the whole country. */
function place(event: SimEvent, context: ExplainContext): string {
  if (event.district === null) return ''
  const name = context.districtNames?.[event.district]
  return ` in ${name ?? `district ${event.district + 1}`}`
}

const ACTOR_WORDS: Readonly<Record<string, string>> = {
  pk: 'the peacekeepers',
  peacekeeper: 'the peacekeepers',
  peacekeepers: 'the peacekeepers',
  police: 'the police',
  military: 'the military',
  spoilers: 'spoilers',
}
const actor = (value: number | string | undefined) =>
  value === undefined ? 'the security forces' : (ACTOR_WORDS[String(value)] ?? String(value))
const bareActor = (value: number | string | undefined) => actor(value).replace(/^the /, '')

const FORMATTERS: Readonly<Record<string, Formatter>> = {
  outburst: (c) =>
    `an outburst began: ${plural(c.actives, 'citizen')} active at once` +
    (c.legitimacy === undefined ? '' : ` (legitimacy ${amount(c.legitimacy)}, ${plural(c.cops, 'cop')})`),
  extinction: (c) =>
    `the ${text(c.group, 'last')} group was wiped out` +
    (c.killed === undefined ? '' : ` after ${plural(c.killed, 'killing')}`),
  'trust-collapse': (c, where) =>
    `trust in ${bareActor(c.actor)} fell${where}` +
    (c.abuses === undefined ? '' : ` after ${plural(c.abuses, 'abuse')} witnessed`) +
    (c.trust === undefined ? '' : ` (now ${amount(c.trust)})`),
  'abuse-cluster': (c, where) =>
    `${actor(c.actor)} committed ${plural(c.abuses, 'abuse')}${where}` +
    (c.witnesses === undefined ? '' : `, seen by ${plural(c.witnesses, 'citizen')}`),
  'spoiler-attack': (c, where) =>
    `spoilers attacked${where}` +
    (c.casualties === undefined ? '' : `: ${plural(c.casualties, 'casualty', 'casualties')}`),
  'recruitment-surge': (c, where) =>
    `spoilers recruited ${plural(c.recruits, 'citizen')}${where}` +
    (c.trust === undefined ? '' : ` where trust was low (${amount(c.trust)})`),
  'drawdown-phase': (c) =>
    `drawdown phase ${text(c.name ?? c.phase, '')} began`.replace('phase  began', 'phase began') +
    (c.strength === undefined ? '' : `: peacekeepers to ${amount(c.strength)}`) +
    (c.condition === undefined ? '' : ` (${c.condition})`),
  handover: (_, where) => `security was handed over to national forces${where}`,
  exit: (c) =>
    `the last peacekeepers left` + (c.strength === undefined ? '' : ` (strength ${amount(c.strength)})`),
  shock: (c, where) => `shock${where}: ${text(c.name ?? c.type ?? c.shock, 'an outside event')}`,
  relapse: (c) =>
    `relapse: the rolling violence rate reached ${amount(c.rate ?? c.violence)}` +
    (c.threshold === undefined ? '' : `, above the threshold of ${amount(c.threshold)}`),
}

function generic(event: SimEvent, where: string): string {
  const details = Object.entries(event.cause)
    .map(([key, value]) => `${key} ${amount(value)}`)
    .join(', ')
  return `${event.kind.replaceAll('-', ' ')}${where}${details ? ` (${details})` : ''}`
}

/** The event in plain words without its tick: "trust in police fell in District 3 after two abuses witnessed". */
export function describeEvent(event: SimEvent, context: ExplainContext = {}): string {
  const where = place(event, context)
  const format = Object.hasOwn(FORMATTERS, event.kind) ? FORMATTERS[event.kind] : undefined
  return format ? format(event.cause, where, event) : generic(event, where)
}

/** "tick 312: trust in police fell in District 3 after two abuses witnessed". */
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
