// Outcomes of a library scenario over seeds 1..n at its own size and length.
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { libraryScenario } from './library.ts'

export function outcomes(name: string, seeds: number): OutcomeSummary[] {
  const scenario = libraryScenario(name)
  return Array.from({ length: seeds }, (_, i) => {
    const sim = createSimulation(scenario, i + 1)
    sim.step(scenario.ticks)
    const outcome = sim.outcome()
    if (!outcome) throw new Error(`${name} has no drawdown outcome`)
    return outcome
  })
}

export const describeOutcomes = (list: readonly OutcomeSummary[]) =>
  list.map((o) => (o.outcome === 'relapse' ? `relapse after ${o.timeToRelapse} ticks` : o.outcome)).join(', ')
