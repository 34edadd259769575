// The drawdown arms of the fact 8 tests and of the calibration script, and the broad parameter
// draws they are run under: each replicate draws its own country (political will, ownership,
// coordination, recruitment, spoiler inflow, relapse threshold untouched) and every arm of that
// replicate runs the same country and seed (common random numbers).
import seedrandom from 'seedrandom'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import type { Scenario } from '../../src/scenario/schema.ts'
import { runToVerdict } from './library.ts'
import { ssrScenario, YEAR } from './ssr.ts'

/** Ranges of the broad draws: wide around the baseline, never outside the schema's bounds. */
export const RANGES = {
  'reform.politicalWill': [0.55, 0.95],
  'reform.ownership': [0.3, 0.8],
  'reform.coordination': [0.4, 0.9],
  'spoilers.recruitRate': [0.015, 0.035],
  'spoilers.attackRate': [0.035, 0.065],
} as const

export type Draw = Record<keyof typeof RANGES, number>

/** Replicate `index` of a set of draws named by `stream`: uniform in each range, seeded by name. */
export function drawCountry(stream: string, index: number): Draw {
  const random = seedrandom.alea(`${stream}:${index}`)
  const draw = {} as Draw
  for (const [path, [low, high]] of Object.entries(RANGES)) {
    draw[path as keyof Draw] = Number((low + (high - low) * random()).toFixed(3))
  }
  return draw
}

/** Conditions-based phases: each handover waits until the police own enough capacity and it is calm. */
export function conditionPhases(owned: number, calm: number, deadline: number) {
  return [
    {
      name: 'first handover',
      strength: 0.6,
      when: `police.capacityOwned > ${owned - 0.05} and violence.rolling < ${calm}`,
    },
    {
      name: 'second handover',
      strength: 0.3,
      when: `police.capacityOwned > ${owned} and violence.rolling < ${calm}`,
    },
    {
      name: 'exit',
      strength: 0,
      when: `(police.capacityOwned > ${owned} and violence.rolling < ${calm}) or t > ${deadline}`,
    },
  ]
}

/** An abrupt exit at `exitYear`. */
export const abruptExit = (exitYear: number) => ({
  'drawdown.policy': 'abrupt',
  'drawdown.exitTick': Math.round(exitYear * YEAR),
})

/** A linear drawdown from `fromYear` to `toYear`. */
export const scheduledExit = (fromYear: number, toYear: number) => ({
  'drawdown.policy': 'schedule',
  'drawdown.strength': [
    [Math.round(fromYear * YEAR), 1],
    [Math.round(toYear * YEAR), 0],
  ],
})

/** A conditions-based drawdown that must leave by `deadlineYear`. */
export const conditionsExit = (owned: number, calm: number, deadlineYear: number) => ({
  'drawdown.policy': 'conditions',
  'drawdown.phases': conditionPhases(owned, calm, Math.round(deadlineYear * YEAR)),
})

/** The latest exit the fact 8 test judges, in years: the run's length before the window after exit. */
export const LATEST_EXIT_YEAR = 12

/** Fact 8's arms (ssr-drawdown.test.ts, and its re-check on fresh countries): an abrupt exit at
 * year 2.5, a conditions-based exit at owned capacity 0.42, a drawdown over years 6 to 11. */
export const FACT8_ARMS = {
  premature: abruptExit(2.5),
  conditions: conditionsExit(0.42, 6, LATEST_EXIT_YEAR),
  phased: scheduledExit(6, 11),
}

/** The baseline at test size with a draw and an arm; `ticks` is the latest exit judged. */
export function armScenario(draw: Draw, arm: Record<string, unknown>, latestExitYear: number): Scenario {
  return ssrScenario('baseline', { ...draw, ...arm, ticks: Math.round(latestExitYear * YEAR) })
}

/** Runs until the verdict is final (at most to the end of the window after exit) and returns it. */
export const judge = (scenario: Scenario, seed: number): OutcomeSummary =>
  runToVerdict(createSimulation(scenario, seed))
