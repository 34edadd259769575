// What every scenario kind provides to the Simulation: build a world, advance it one tick, and
// expose its state for snapshots, observables and drawing.
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
}
