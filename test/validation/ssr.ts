// Helpers for the SSR model's validation tests: the baseline scenario at test size, runs over a
// fixed set of seeds (the same seeds in every arm: common random numbers), and summaries.
import { createSimulation, type Simulation } from '../../src/engine/simulation.ts'
import type { Scenario } from '../../src/scenario/schema.ts'
import { libraryScenario, mean } from './library.ts'

/** Grid side for validation runs: big enough for districts to matter, small enough to run many seeds. */
export const TEST_SIZE = 80
export const YEAR = 52

/** A library SSR scenario at test size, with overrides by dotted path. */
export function ssrScenario(
  name: string,
  overrides: Record<string, unknown> = {},
  preset?: string,
): Scenario {
  return libraryScenario(name, preset, { 'world.width': TEST_SIZE, 'world.height': TEST_SIZE, ...overrides })
}

export function runFor(scenario: Scenario, seed: number, ticks: number): Simulation {
  const sim = createSimulation(scenario, seed)
  sim.step(ticks)
  return sim
}

/** Mean of a column over ticks [from, to). */
export function meanOver(column: Float64Array, from: number, to: number): number {
  let total = 0
  for (let t = from; t < to; t++) total += column[t]
  return total / (to - from)
}

/** Highest value of a column over ticks [from, to). */
export function peakOver(column: Float64Array, from: number, to: number): number {
  let peak = Number.NEGATIVE_INFINITY
  for (let t = from; t < to; t++) peak = Math.max(peak, column[t])
  return peak
}

/** Whether the rolling violence rate passes the scenario's relapse threshold within [from, to). */
export function relapsed(sim: Simulation, from: number, to: number): boolean {
  const threshold = (sim.scenario as { outcomes: { relapseThreshold: number } }).outcomes.relapseThreshold
  return peakOver(sim.observables()['violence.rolling'], from, to) > threshold
}

export const share = (flags: readonly boolean[]) => flags.filter(Boolean).length / flags.length

export { mean }
