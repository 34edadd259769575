// What every scenario kind provides to the Simulation: build a world, advance it one tick, and
// expose its state for snapshots, observables and drawing.
import type { SimEvent } from '../core/events.ts'
import type { ObservableTable } from '../core/observables.ts'
import type { StreamState } from '../core/rng.ts'
import type { StateValue } from '../core/snapshot.ts'

/** Agents as the map draws them: one entry per agent on the grid; transferable typed arrays. */
export interface RenderFrame {
  width: number
  height: number
  tick: number
  count: number
  cell: Int32Array
  kind: Uint8Array
  status: Uint8Array
  group: Uint8Array
  /** Per agent, a 0..1 value the map may shade by (e.g. a citizen's trust); absent when the kind has none. */
  shade?: Float32Array
  /** What `shade` measures for citizens, in a few words for the map legend, e.g. "perceived legitimacy". */
  shadeLabel?: string
  /** Per cell, a 0..1 overlay (e.g. the insecurity field). */
  overlay?: Float32Array
  /** What `overlay` measures, in a few words for the map legend, e.g. "insecurity". */
  overlayLabel?: string
  /** Per cell, its district index into `districtNames`. */
  district?: Uint8Array
  districtNames?: readonly string[]
}

/** One agent's fields, for the map's inspector. */
export interface AgentInfo {
  id: number
  kind: string
  status: string
  cell: number
  x: number
  y: number
  fields: Record<string, number | string>
}

/**
 * How a drawdown ended, for kinds that have one, judged over one window after exit (`horizonTicks`),
 * the same for every arm whatever its exit tick. Flat enough for a results table: batch runs write
 * every field as a column (nested objects with dotted names).
 */
export interface OutcomeSummary {
  /** Tick at which peacekeeper strength reached zero, or null if it never did. */
  exitTick: number | null
  /**
   * never-stabilised: the rolling violence rate was already above the relapse threshold at exit (the
   * mission left a war, e.g. Mali); relapse: it was below and crossed the threshold within the window;
   * fragile: its peak in the window passed half the threshold; durable: it stayed below that.
   */
  outcome: 'durable' | 'fragile' | 'relapse' | 'never-stabilised' | 'not-exited'
  /** Ticks from exit to the onset of relapse (the event time), or null. */
  timeToRelapse: number | null
  /**
   * Survival time for a time-to-relapse analysis: ticks from exit to relapse, or to the end of what has
   * been observed of the window (a censoring time); null when not exited or never stabilised.
   */
  survivalTicks: number | null
  /** True when `survivalTicks` is censored (no relapse seen); null with `survivalTicks`. */
  censored: boolean | null
  /** Whether the verdict is final: a relapse, never-stabilised, or the whole window observed; a
   * not-exited run is final once it has reached the scenario's ticks. */
  complete: boolean
  /** Rolling violence rate at exit, or null. */
  violenceAtExit: number | null
  /** Highest rolling violence rate in the window after exit (events per 10,000 citizens per tick), or null. */
  peakPostExitViolence: number | null
  /** Mean rolling violence rate over the ticks of the window observed, or null. */
  meanPostExitViolence: number | null
  /** The rolling violence rate above which a relapse is declared. */
  relapseThreshold: number
  /** Mean citizen trust in each actor at exit, or null. */
  trustAtExit: Record<string, number> | null
  /** Mean owned capacity of the national forces at exit, or null. */
  ownedCapacityAtExit: Record<string, number> | null
  /** Casualties over the whole run. */
  casualties: number
  /** Casualties in the window after exit (so far), or null. */
  casualtiesAfterExit: number | null
  /** Ticks after exit within which a relapse counts: the window. */
  horizonTicks: number
  /** Ticks of that window the run has covered so far. */
  ticksObservedAfterExit: number
}

/** The dynamic part of a world: everything a snapshot must hold besides the scenario and seed. */
export interface WorldState {
  state: StateValue
  streams: Record<string, StreamState>
}

export interface Model<Scenario, World> {
  readonly kind: string
  /** Builds the initial world (tick 0, observed) for a scenario and seed. */
  create(scenario: Scenario, seed: number): World
  /** Rebuilds a world from a captured state; `scenario` may differ in parameters, not in shape. */
  restore(scenario: Scenario, seed: number, saved: WorldState): World
  capture(world: World): WorldState
  /** Advances one tick and records its observables. */
  step(world: World): void
  tick(world: World): number
  observables(world: World): ObservableTable
  frame(world: World): RenderFrame
  /** The events recorded so far. */
  events(world: World): readonly SimEvent[]
  /** The agent standing on `cell`, or null. */
  inspect(world: World, cell: number): AgentInfo | null
  /** The drawdown's outcome so far; null for kinds without a drawdown. */
  outcome(world: World): OutcomeSummary | null
  /** Ticks the run should complete for its results to be final (the scenario's ticks when absent);
   * may grow as the run goes, e.g. to cover the window after a drawdown's exit. */
  plannedTicks?(world: World): number
}
