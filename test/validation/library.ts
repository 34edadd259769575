// Loading library scenarios with presets and overrides, as a researcher would on the command line.
import { readFileSync } from 'node:fs'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { createSimulation, restoreSimulation, type Simulation } from '../../src/engine/simulation.ts'
import { applyOverrides } from '../../src/scenario/overrides.ts'
import { applyPreset } from '../../src/scenario/presets.ts'
import type { Scenario } from '../../src/scenario/schema.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

export function libraryScenario(
  name: string,
  preset?: string,
  overrides: Record<string, unknown> = {},
): Scenario {
  const raw = JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8'))
  const withPreset = preset ? applyPreset(raw, preset) : raw
  const changes = Object.entries(overrides).map(([path, value]) => ({ path, value }))
  return parseScenario(applyOverrides(withPreset, changes))
}

/**
 * Runs arms that share their first `common` ticks (the same seed, the same parameters until then)
 * once up to that tick and continues each arm from the snapshot, to its own scenario's length.
 * Each continuation is the run the arm would have made from the start.
 */
export function runBranching(arms: readonly Scenario[], seed: number, common: number): Simulation[] {
  const trunk = run(arms[0], seed, common)
  const snapshot = trunk.snapshot()
  return arms.map((scenario) => {
    const branch = restoreSimulation(snapshot, scenario)
    branch.step(scenario.ticks - common)
    return branch
  })
}

/**
 * Steps until the drawdown's verdict is final (`outcome().complete`: a relapse, a mission that left a
 * war, or the whole window after exit observed) or the run's planned end, whichever comes first.
 * Nothing after that point can change the class, the exit, the time to relapse or what was owned at
 * exit, so tests of those stop there; peak and mean post-exit violence still grow, so tests of those
 * use `runToEnd()`.
 */
export function runToVerdict(sim: Simulation): OutcomeSummary {
  let outcome = sim.outcome()
  if (!outcome) throw new Error(`${sim.scenario.kind} has no drawdown outcome`)
  while (!outcome.complete && sim.tick < sim.plannedTicks()) {
    sim.step()
    outcome = sim.outcome() as OutcomeSummary
  }
  return outcome
}

/** Runs `scenario` with `seed` for `ticks` ticks (default: the scenario's) and returns the simulation. */
export function run(scenario: Scenario, seed: number, ticks = scenario.ticks): Simulation {
  const sim = createSimulation(scenario, seed)
  sim.step(ticks)
  return sim
}

export const seeds = (count: number) => Array.from({ length: count }, (_, i) => i + 1)

export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

export function standardDeviation(xs: readonly number[]): number {
  const m = mean(xs)
  return Math.sqrt(xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1))
}

/** Outbursts in a series: rises above `high` actives, each ended by a fall below `low`. */
export function outbursts(series: ArrayLike<number>, high = 50, low = 10): number {
  let count = 0
  let inside = false
  for (let i = 0; i < series.length; i++) {
    if (!inside && series[i] > high) {
      count++
      inside = true
    } else if (inside && series[i] < low) {
      inside = false
    }
  }
  return count
}

export const peak = (series: ArrayLike<number>) => Math.max(...Array.from(series))
