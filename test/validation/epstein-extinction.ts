// Time until one group of Epstein's Model II is wiped out, for the fact 4 tests.
import { createSimulation } from '../../src/engine/simulation.ts'
import type { Scenario } from '../../src/scenario/schema.ts'

export interface Extinction {
  /** Tick at which a group's population reached zero, or the horizon when none did. */
  tick: number
  group: 'blue' | 'green' | null
}

export function extinction(scenario: Scenario, seed: number, horizon: number): Extinction {
  const sim = createSimulation(scenario, seed)
  for (let tick = 1; tick <= horizon; tick++) {
    sim.step()
    const now = sim.latest()
    if (now['blue.population'] === 0) return { tick, group: 'blue' }
    if (now['green.population'] === 0) return { tick, group: 'green' }
  }
  return { tick: horizon, group: null }
}
