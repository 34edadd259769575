// Outcomes of a library scenario at its own size, each run until its verdict is final (at most to the
// end of the window after its exit), over the history validation seeds (201 onwards: never used to
// calibrate the historical scenarios).
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { libraryScenario, runToVerdict } from './library.ts'

export const historySeeds = (count: number) => Array.from({ length: count }, (_, i) => 201 + i)

export function outcomes(name: string, seeds: readonly number[]): OutcomeSummary[] {
  const scenario = libraryScenario(name)
  return seeds.map((seed) => runToVerdict(createSimulation(scenario, seed)))
}

export const describeOutcomes = (list: readonly OutcomeSummary[]) =>
  list.map((o) => (o.outcome === 'relapse' ? `relapse after ${o.timeToRelapse} ticks` : o.outcome)).join(', ')
