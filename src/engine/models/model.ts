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

/** How a drawdown ended, for kinds that have one. */
export interface OutcomeSummary {
  /** Tick at which peacekeeper strength reached zero, or null if it never did. */
  exitTick: number | null
  outcome: 'durable' | 'fragile' | 'relapse' | 'not-exited'
  /** Ticks from exit to the onset of relapse, or null. */
  timeToRelapse: number | null
  /** Highest rolling violence rate after exit (events per 10,000 citizens per tick), or null. */
  peakPostExitViolence: number | null
  /** The rolling violence rate above which a relapse is declared. */
  relapseThreshold: number
  /** Mean citizen trust in each actor at exit, or null. */
  trustAtExit: Record<string, number> | null
  /** Mean owned capacity of the national forces at exit, or null. */
  ownedCapacityAtExit: Record<string, number> | null
  casualties: number
  /** Ticks after exit within which a relapse counts. */
  horizonTicks: number
  /** Ticks of that horizon the run has covered so far (the verdict is final when it equals the horizon). */
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
  /** The cell agent `id` stands on, or -1 when it is not on the grid. */
  cellOf(world: World, id: number): number
  /** The drawdown's outcome so far; null for kinds without a drawdown. */
  outcome(world: World): OutcomeSummary | null
}
