// Time until one group of Epstein's Model II is wiped out, for the fact 4 tests; a run can leave
// a snapshot on the way, so that another arm continues it instead of repeating the same ticks.
import {
  createSimulation,
  restoreSimulation,
  type Simulation,
  type Snapshot,
} from '../../src/engine/simulation.ts'
import type { Scenario } from '../../src/scenario/schema.ts'

export interface Extinction {
  /** Tick at which a group's population reached zero, or the horizon when none did. */
  tick: number
  group: 'blue' | 'green' | null
  /** The run at `snapshotAt`, when asked for and both groups were still alive then. */
  snapshot?: Snapshot
}

function untilExtinct(sim: Simulation, horizon: number, snapshotAt = -1): Extinction {
  let snapshot: Snapshot | undefined
  while (sim.tick < horizon) {
    sim.step()
    const now = sim.latest()
    const tick = sim.tick
    if (now['blue.population'] === 0) return { tick, group: 'blue', snapshot }
    if (now['green.population'] === 0) return { tick, group: 'green', snapshot }
    if (tick === snapshotAt) snapshot = sim.snapshot()
  }
  return { tick: horizon, group: null, snapshot }
}

export function extinction(
  scenario: Scenario,
  seed: number,
  horizon: number,
  snapshotAt?: number,
): Extinction {
  return untilExtinct(createSimulation(scenario, seed), horizon, snapshotAt)
}

/** Continues `snapshot` under `scenario` (same world, changed parameters) until `horizon`. */
export function extinctionFrom(snapshot: Snapshot, scenario: Scenario, horizon: number): Extinction {
  return untilExtinct(restoreSimulation(snapshot, scenario), horizon)
}
