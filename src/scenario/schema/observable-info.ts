// What each observable measures, for the docs, the charts' axes and real-unit output: a definition
// and the kind of quantity it is, from which src/io/units.ts derives its unit in model or real terms.

/**
 * The kind of quantity an observable is. Counts of agents are `citizens` (scaled by the scenario's
 * `scale.peoplePerCitizen`) or `personnel` (forces and fighters, by `scale.personnelPerAgent`);
 * `…PerTick` are those counted over one tick; `eventsPerTick` counts acts (an abuse, an attack, an
 * arrest), which are not scaled by people per agent; `ratePer10k` is already per 10,000 citizens;
 * `share` and `index` have no unit to convert; `sum` adds other observables with their own scales.
 */
export type Quantity =
  | { kind: 'citizens' }
  | { kind: 'personnel' }
  | { kind: 'citizensPerTick' }
  | { kind: 'personnelPerTick' }
  | { kind: 'eventsPerTick' }
  | { kind: 'ratePer10k' }
  | { kind: 'share' }
  | { kind: 'index' }
  | { kind: 'sum'; of: readonly string[] }

export interface ObservableInfo {
  /** A short label for an axis or a legend. */
  label: string
  /** What the column holds, as the ODD's observables table says it. */
  definition: string
  quantity: Quantity
}

export type ObservableRegistry = Readonly<Record<string, ObservableInfo>>

export const CITIZENS: Quantity = { kind: 'citizens' }
export const PERSONNEL: Quantity = { kind: 'personnel' }
export const CITIZENS_PER_TICK: Quantity = { kind: 'citizensPerTick' }
export const PERSONNEL_PER_TICK: Quantity = { kind: 'personnelPerTick' }
export const EVENTS_PER_TICK: Quantity = { kind: 'eventsPerTick' }
export const RATE_PER_10K: Quantity = { kind: 'ratePer10k' }
export const SHARE: Quantity = { kind: 'share' }
export const INDEX: Quantity = { kind: 'index' }
