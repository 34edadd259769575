// Notable events a run records as it goes, each with its tick, place and cause in data, so that
// the web app can explain a trajectory in plain words and a researcher can count them. Each
// kind's cause is typed here once: the engine records it and the app reads it by these names.

/** A security actor named in a cause. */
export type ActorName = 'police' | 'military' | 'peacekeepers'

/** What each kind of event records as its cause. New kinds may be added; existing names never change. */
export interface EventCauses {
  // Epstein models
  /** Active citizens crossed the outburst threshold. */
  outburst: { actives: number; legitimacy: number; cops: number }
  /** A group's last member died. */
  extinction: { group: string; killed: number }
  // the peacekeeping and SSR model
  /** Several abuses by the security forces in one district and tick; `actor` committed the most. */
  'abuse-cluster': {
    actor: ActorName
    abuses: number
    police: number
    military: number
    peacekeepers: number
    witnesses: number
  }
  /** Spoiler attacks in one district and tick, with the deaths they caused. */
  'spoiler-attack': { attacks: number; civiliansKilled: number; battleDeaths: number }
  'recruitment-surge': { recruits: number }
  /** Mean trust in `actor` fell from `before` to `after` within the window. */
  'trust-collapse': {
    actor: ActorName
    before: number
    after: number
    abuses: number
    attacks: number
    peacekeepers: number
  }
  /** A drawdown phase began: peacekeepers go to `strength` (a share of full strength). */
  'drawdown-phase': { phase: string; strength: number; condition: string }
  /** The last peacekeepers left a district. */
  handover: { district: string; peacekeepersLeft: number }
  /** The last peacekeepers left the country; the national forces' owned capacity at that tick. */
  exit: { policeCapacityOwned: number; militaryCapacityOwned: number; trustInPolice: number }
  shock: ShockCause
  /** The rolling violence rate (events per 10,000 citizens per tick) rose above the threshold after exit. */
  relapse: { violenceRate: number; threshold: number; ticksAfterExit: number }
}

/** A scheduled outside shock, by its kind. */
export type ShockCause =
  | { shock: 'army-dismissal'; dismissed: number; joinedSpoilers: number }
  | { shock: 'election-crisis'; hardship: number; duration: number }
  | { shock: 'spoiler-influx'; district: string; fighters: number }
  | { shock: 'budget-cut'; strengthCap: number }

/** What kind of thing happened: one name per entry of EventCauses (the compiler checks both ways). */
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

/** Fails to compile when EventKind and EventCauses list different kinds. */
type SameKinds<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : never
const sameKinds: SameKinds<EventKind, keyof EventCauses> = true
void sameKinds

/** An event of kind `K`: the cause's fields follow from the kind. */
export interface EventOf<K extends EventKind> {
  tick: number
  kind: K
  /** District index, or null for events of the whole country. */
  district: number | null
  cause: EventCauses[K]
}

export type SimEvent = { [K in EventKind]: EventOf<K> }[EventKind]

/** Appends an event to a log kept in the world's state. */
export function record<K extends EventKind>(
  log: SimEvent[],
  tick: number,
  kind: K,
  district: number | null,
  cause: EventCauses[K],
): void {
  log.push({ tick, kind, district, cause } as EventOf<K> as SimEvent)
}

/** Events at or after `from`, oldest first. */
export function eventsSince(log: readonly SimEvent[], from = 0): SimEvent[] {
  return log
    .filter((event) => event.tick >= from)
    .map((event) => ({ ...event, cause: { ...event.cause } }) as SimEvent)
}
