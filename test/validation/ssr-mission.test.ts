// Facts about a mission that stays, sharing one set of runs (baseline at test size, validation seeds
// 1-20, the same seeds in every arm): facts 5 and 6 (Hultman, Kathman & Shannon 2013, 2014: more
// peacekeepers, steeply fewer civilians killed, police reduce it further; fewer battle deaths),
// fact 7 (Collier et al. 2008; Fortna 2008: about 40% relapse within a decade without peacekeeping,
// which cuts the risk by roughly 50-85%), fact 10 (Doyle & Sambanis 2000; Bara 2020: strong police can
// substitute for a mission, in part) and the first half of fact 12 (low political will stalls
// reform). Counts over years 2 to 8 unless said; relapse in years 2 to 10 (fact 7) or 2 to 8 (fact 10).
// The runs are made once, in beforeAll, inside its timeout.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  battleDeathsPerYear,
  DECADE,
  killedPerMonth,
  MAIN_STRENGTHS,
  type MissionArm,
  type MissionRuns,
  ownedAt,
  relapseInterval,
  relapseShare,
  runMissionArms,
  TO,
} from './mission-arms.ts'
import { mean, ssrScenario, YEAR } from './ssr.ts'
import { formatInterval, pairedBootstrap } from './stats.ts'

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1)
const RUNS_TIMEOUT = 900_000

let runs = {} as MissionRuns
beforeAll(() => {
  runs = runMissionArms((overrides) => ssrScenario('baseline', overrides), SEEDS, MAIN_STRENGTHS)
}, RUNS_TIMEOUT)

const killedBySeed = (arm: MissionArm) => killedPerMonth(runs[arm])
const battleDeathsBySeed = (arm: MissionArm) => battleDeathsPerYear(runs[arm])
const perMonthKilled = (arm: MissionArm) => mean(killedBySeed(arm))
const perYearBattleDeaths = (arm: MissionArm) => mean(battleDeathsBySeed(arm))
/** 95% paired bootstrap interval of the mean difference a − b over the seeds. */
const gap = (a: number[], b: number[], label: string) => formatInterval(pairedBootstrap(a, b, label))

describe('facts 5 and 6: peacekeepers protect civilians and reduce battle deaths', () => {
  it('kills fewer civilians the stronger the mission, steeply, and fewer still with more police', () => {
    const [none, third, full, withPolice] = (['none', 'partial', 'full', 'morePolice'] as const).map(
      perMonthKilled,
    )
    console.log(
      `facts 5-6: civilians killed per month with no, a third, a full mission and a full mission with twice ` +
        `the police: ${[none, third, full, withPolice].map((x) => x.toFixed(2)).join(', ')}`,
    )
    console.log(
      `facts 5-6: killed a month, none − full ${gap(killedBySeed('none'), killedBySeed('full'), 'fact 5 none-full')}, ` +
        `third − full ${gap(killedBySeed('partial'), killedBySeed('full'), 'fact 5 third-full')}, full − twice the police ` +
        `${gap(killedBySeed('full'), killedBySeed('morePolice'), 'fact 5 police')} (95% paired bootstrap)`,
    )
    expect(third).toBeLessThan(none)
    expect(full).toBeLessThan(third)
    expect(full).toBeLessThan(0.2 * none)
    expect(withPolice).toBeLessThan(full)
  })

  it('cuts battle deaths by more than half with a full mission', () => {
    const [none, third, full] = (['none', 'partial', 'full'] as const).map(perYearBattleDeaths)
    console.log(
      `facts 5-6: battle deaths per year: ${[none, third, full].map((x) => x.toFixed(1)).join(', ')}`,
    )
    console.log(
      `facts 5-6: battle deaths a year, none − full ` +
        `${gap(battleDeathsBySeed('none'), battleDeathsBySeed('full'), 'fact 6')} (95% paired bootstrap)`,
    )
    expect(full).toBeLessThan(0.5 * none)
  })
})

describe('fact 7: peacekeeping and the risk of relapse', () => {
  it('relapses in about 40% of runs without peacekeepers, and in far fewer with them', () => {
    const without = relapseShare(runs.none, DECADE)
    const withMission = relapseShare(runs.full, DECADE)
    console.log(
      `fact 7: relapse within a decade without peacekeepers ${(100 * without).toFixed(0)}%, with ` +
        `${(100 * withMission).toFixed(0)}% (risk cut by ${without > 0 ? (100 * (1 - withMission / without)).toFixed(0) : 'n/a'}%)`,
    )
    console.log(
      `fact 7: relapse within a decade without ${relapseInterval(runs.none, DECADE)}, with ${relapseInterval(runs.full, DECADE)} (Wilson 95%)`,
    )
    expect(without).toBeGreaterThanOrEqual(0.2)
    expect(without).toBeLessThanOrEqual(0.65)
    expect(withMission).toBeLessThanOrEqual(0.5 * without)
  })
})

describe('fact 10: local capacity substitutes for international capacity', () => {
  it('lowers the risk of relapse and violence with strong police and no mission', () => {
    const weak = { relapse: relapseShare(runs.none, TO), killed: perMonthKilled('none') }
    const strong = {
      relapse: relapseShare(runs.strongPoliceAlone, TO),
      killed: perMonthKilled('strongPoliceAlone'),
    }
    const mission = { relapse: relapseShare(runs.full, TO), killed: perMonthKilled('full') }
    console.log(
      `fact 10: relapse share (civilians killed a month) with weak police alone ${(100 * weak.relapse).toFixed(0)}% ` +
        `(${weak.killed.toFixed(2)}), strong police alone ${(100 * strong.relapse).toFixed(0)}% ` +
        `(${strong.killed.toFixed(2)}), weak police with a mission ${(100 * mission.relapse).toFixed(0)}% ` +
        `(${mission.killed.toFixed(2)})`,
    )
    console.log(
      `fact 10: relapse weak alone ${relapseInterval(runs.none, TO)}, strong alone ${relapseInterval(runs.strongPoliceAlone, TO)}, ` +
        `mission ${relapseInterval(runs.full, TO)} (Wilson 95%); killed a month, weak − strong ` +
        `${gap(killedBySeed('none'), killedBySeed('strongPoliceAlone'), 'fact 10')} (95% paired bootstrap)`,
    )
    expect(strong.relapse).toBeLessThanOrEqual(0.5 * weak.relapse)
    expect(strong.killed).toBeLessThan(0.7 * weak.killed)
    // The mission still does more: substitution is partial.
    expect(mission.relapse).toBeLessThanOrEqual(strong.relapse)
  })
})

describe('fact 12: political will', () => {
  it('builds less owned capacity under low political will', () => {
    const at = 6 * YEAR
    const ownedBySeed = (arm: MissionArm) => ownedAt(runs[arm], at)
    const low = mean(ownedBySeed('lowWill'))
    const high = mean(ownedBySeed('full'))
    console.log(
      `fact 12: owned capacity after six years, will 0.8 − 0.2 ` +
        `${formatInterval(pairedBootstrap(ownedBySeed('full'), ownedBySeed('lowWill'), 'fact 12 will'), 3)} (95% paired bootstrap)`,
    )
    console.log(
      `fact 12: police owned capacity after six years ${low.toFixed(3)} at political will 0.2, ${high.toFixed(3)} at 0.8`,
    )
    expect(low).toBeLessThan(0.7 * high)
  })
})
