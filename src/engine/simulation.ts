// The Simulation object: a scenario and a seed advanced tick by tick, with its observables,
// snapshots and render frames. This is what the CLI, the workers and the web app drive.
import type { Scenario } from '../scenario/schema.ts'
import { eventsSince, type SimEvent } from './core/events.ts'
import { readColumns, readRow } from './core/observables.ts'
import { hashState } from './core/snapshot.ts'
import { MODELS } from './models/index.ts'
import type { AgentInfo, Model, OutcomeSummary, RenderFrame, WorldState } from './models/model.ts'

/** A complete, restorable picture of a run at one tick. Structured-clone friendly. */
export interface Snapshot {
  readonly format: 'drawdown-lab/snapshot@1'
  readonly kind: string
  readonly seed: number
  readonly tick: number
  readonly scenario: Scenario
  readonly world: WorldState
}

export interface Simulation {
  readonly scenario: Scenario
  readonly seed: number
  /** Ticks completed; 0 before the first step. */
  readonly tick: number
  /** Observable names, in column order. */
  readonly observableNames: readonly string[]
  /** Advances `ticks` ticks (default 1). */
  step(ticks?: number): void
  /** Observable columns from tick `from` (default 0) to the current tick, inclusive. */
  observables(from?: number): Record<string, Float64Array>
  /** Observables at the current tick. */
  latest(): Record<string, number>
  snapshot(): Snapshot
  /** A digest of the complete state, random streams included. */
  hash(): string
  /** Agent positions, kinds and states for drawing. */
  frame(): RenderFrame
  /** Notable events recorded at or after tick `from` (default 0), oldest first. */
  events(from?: number): SimEvent[]
  /** The agent on `cell`, with its fields, or null. */
  inspect(cell: number): AgentInfo | null
  /** Agent `id` wherever it stands now, or null when it is not on the grid (dead, jailed, unused). */
  inspectAgent(id: number): AgentInfo | null
  /** How the drawdown ended (so far); null for kinds without a drawdown. */
  outcome(): OutcomeSummary | null
  /** Continues with changed parameters from the next tick; the world's size and kind must not change. */
  reconfigure(scenario: Scenario): void
}

function modelFor(kind: string) {
  const model = MODELS[kind]
  if (!model) throw new Error(`unknown scenario kind "${kind}"`)
  return model
}

/** A run can continue under changed parameters, never on a differently shaped world. */
function checkSameShape(from: Scenario, to: Scenario): void {
  if (to.kind !== from.kind) throw new Error(`cannot continue a ${from.kind} run as ${to.kind}`)
  const a = from.world
  const b = to.world
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`cannot continue a ${a.width}×${a.height} run on a ${b.width}×${b.height} world`)
  }
}

function wrap(
  model: Model<Scenario, unknown>,
  scenario: Scenario,
  seed: number,
  initial: unknown,
): Simulation {
  let world = initial
  let current = scenario
  return {
    get scenario() {
      return current
    },
    seed,
    get tick() {
      return model.tick(world)
    },
    observableNames: model.observables(world).names,
    step(ticks = 1) {
      for (let i = 0; i < ticks; i++) model.step(world)
    },
    observables(from = 0) {
      return readColumns(model.observables(world), from)
    },
    latest() {
      const table = model.observables(world)
      return readRow(table, table.length - 1)
    },
    snapshot() {
      return {
        format: 'drawdown-lab/snapshot@1',
        kind: model.kind,
        seed,
        tick: model.tick(world),
        scenario: current,
        world: model.capture(world),
      }
    },
    hash() {
      return hashState(model.capture(world))
    },
    frame() {
      return model.frame(world)
    },
    events(from = 0) {
      return eventsSince(model.events(world), from)
    },
    inspect(cell) {
      return model.inspect(world, cell)
    },
    inspectAgent(id) {
      const cell = model.cellOf(world, id)
      return cell < 0 ? null : model.inspect(world, cell)
    },
    outcome() {
      return model.outcome(world)
    },
    reconfigure(next) {
      checkSameShape(current, next)
      world = model.restore(next, seed, model.capture(world))
      current = next
    },
  }
}

/** A new run of `scenario` with `seed` (default: the scenario's own seed), observed at tick 0. */
export function createSimulation(scenario: Scenario, seed: number = scenario.seed): Simulation {
  const model = modelFor(scenario.kind)
  return wrap(model, scenario, seed, model.create(scenario, seed))
}

/** Continues a run from a snapshot; pass `scenario` to continue with changed parameters. */
export function restoreSimulation(snapshot: Snapshot, scenario: Scenario = snapshot.scenario): Simulation {
  if (snapshot.format !== 'drawdown-lab/snapshot@1') throw new Error('not a Drawdown Lab snapshot')
  checkSameShape(snapshot.scenario, scenario)
  const model = modelFor(snapshot.kind)
  return wrap(model, scenario, snapshot.seed, model.restore(scenario, snapshot.seed, snapshot.world))
}
