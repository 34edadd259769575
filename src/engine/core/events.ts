// Notable events a run records as it goes, each with its tick, place and cause in data, so that
// the web app can explain a trajectory in plain words and a researcher can count them.

/** What kind of thing happened. New kinds may be added; existing names never change. */
export type EventKind =
  // Epstein models
  | 'outburst'
  | 'extinction'
  // the peacekeeping and SSR model
  | 'abuse-cluster'
  | 'spoiler-attack'
  | 'recruitment-surge'
  | 'trust-collapse'
  | 'drawdown-phase'
  | 'handover'
  | 'exit'
  | 'shock'
  | 'relapse'

export interface SimEvent {
  tick: number
  kind: EventKind
  /** District index, or null for events of the whole country. */
  district: number | null
  /** What triggered it, in numbers and names: e.g. { actor: 'police', abuses: 2, witnesses: 9 }. */
  cause: Record<string, number | string>
}

/** Appends an event to a log kept in the world's state. */
export function record(
  log: SimEvent[],
  tick: number,
  kind: EventKind,
  district: number | null,
  cause: Record<string, number | string>,
): void {
  log.push({ tick, kind, district, cause })
}

/** Events at or after `from`, oldest first. */
export function eventsSince(log: readonly SimEvent[], from = 0): SimEvent[] {
  return log.filter((event) => event.tick >= from).map((event) => ({ ...event, cause: { ...event.cause } }))
}
