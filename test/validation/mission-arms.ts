// The arms of the tests of a mission that stays (facts 5, 6, 7, 10 and the first half of 12), in
// ssr-mission.test.ts and on the variation's layout in variation-mission.test.ts: no mission, a full
// mission kept, a partial one, a full one with more police, strong police alone and low political
// will, each over the same seeds (common random numbers), and the measures the tests read off them.
// Counts over years 2 to 8.
import type { Simulation } from '../../src/engine/simulation.ts'
import type { Scenario } from '../../src/scenario/schema.ts'
import { libraryScenario } from './library.ts'
import { meanOver, relapsed, runFor, share, YEAR } from './ssr.ts'
import { formatInterval, wilson } from './stats.ts'

export const FROM = 1 * YEAR
export const TO = 8 * YEAR
export const DECADE = 10 * YEAR
const MONTH = YEAR / 12

const base = libraryScenario('baseline') as unknown as {
  peacekeepers: { density: number }
  police: { density: number }
}

/** How the arms that vary a strength differ from the baseline. */
export interface MissionStrengths {
  /** The partial mission has one in this many of the baseline's peacekeepers (3: a third). */
  partialMissionOneIn: number
  /** The police of the arm with more police, as a multiple of the baseline's. */
  morePolice: number
  /** Owned capacity of strong police at the start, and of their recruits. */
  strongPolice: { owned: number; recruits: number }
  /** Political will of the low-will arm. */
  lowWill: number
}

/** The strengths of the main test (ssr-mission.test.ts, and its re-check on fresh seeds). */
export const MAIN_STRENGTHS: MissionStrengths = {
  partialMissionOneIn: 3,
  morePolice: 2,
  strongPolice: { owned: 0.7, recruits: 0.35 },
  lowWill: 0.2,
}

const armsOf = (s: MissionStrengths) => ({
  none: { 'peacekeepers.density': 0, ticks: DECADE },
  full: { 'drawdown.policy': 'none', ticks: DECADE },
  partial: {
    'drawdown.policy': 'none',
    'peacekeepers.density': base.peacekeepers.density / s.partialMissionOneIn,
    ticks: TO,
  },
  morePolice: { 'drawdown.policy': 'none', 'police.density': s.morePolice * base.police.density, ticks: TO },
  strongPoliceAlone: {
    'peacekeepers.density': 0,
    'police.capacityOwned': s.strongPolice.owned,
    'police.recruitCapacity': s.strongPolice.recruits,
    ticks: TO,
  },
  lowWill: { 'drawdown.policy': 'none', 'reform.politicalWill': s.lowWill, ticks: 6 * YEAR },
})

export type MissionArm = keyof ReturnType<typeof armsOf>
export type MissionRuns = Record<MissionArm, Simulation[]>

/** Every arm, built by `scenarioOf` from its overrides, run over `seeds` to its own length. */
export function runMissionArms(
  scenarioOf: (overrides: Record<string, unknown>) => Scenario,
  seeds: readonly number[],
  strengths: MissionStrengths,
): MissionRuns {
  const runs = {} as MissionRuns
  for (const [name, overrides] of Object.entries(armsOf(strengths))) {
    const scenario = scenarioOf(overrides)
    runs[name as MissionArm] = seeds.map((seed) => runFor(scenario, seed, scenario.ticks))
  }
  return runs
}

/** Civilians killed a month over years 2 to 8, one figure per run. */
export const killedPerMonth = (runs: readonly Simulation[]) =>
  runs.map((sim) => meanOver(sim.observables()['civilians.killed'], FROM, TO) * MONTH)

/** Battle deaths a year over years 2 to 8, one figure per run. */
export const battleDeathsPerYear = (runs: readonly Simulation[]) =>
  runs.map((sim) => meanOver(sim.observables()['battle.deaths'], FROM, TO) * YEAR)

/** Share of the runs that relapse from year 2 until tick `to`. */
export const relapseShare = (runs: readonly Simulation[], to: number) =>
  share(runs.map((sim) => relapsed(sim, YEAR, to)))

/** "k/n [Wilson 95%]" for the runs that relapse from year 2 until tick `to`. */
export function relapseInterval(runs: readonly Simulation[], to: number): string {
  const k = runs.filter((sim) => relapsed(sim, YEAR, to)).length
  return `${k}/${runs.length} ${formatInterval(wilson(k, runs.length))}`
}

/** Owned police capacity at tick `at`, one figure per run. */
export const ownedAt = (runs: readonly Simulation[], at: number) =>
  runs.map((sim) => sim.observables()['police.capacityOwned'][at])
