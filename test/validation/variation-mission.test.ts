// Facts 5, 6, 7, 10 and the first half of 12 on a variation of ssr-mission.test.ts's configuration
// that no calibration used (issue 9): the 2 × 3 district layout (variation.ts), other strengths (half
// the mission instead of a third, one and a half times the police instead of twice, strong police
// owning 0.6 with recruits at 0.3 instead of 0.7 and 0.35, political will 0.3 instead of 0.2),
// validation seeds 1-12. Counts over years 2 to 8, relapse in years 2 to 10 (fact 7) or 2 to 8
// (fact 10), as in the main test. Expected before the run, the main test's claims: civilians killed
// fall from no mission to half to a full one, a full mission kills under 20% of none, more police
// lower it further; a full mission cuts battle deaths by more than half; 20-65% relapse within a
// decade without peacekeepers and at most half that with them; strong police alone relapse at most
// half as often as weak police and kill under 0.7 times as many, and the mission does at least as
// well as strong police; owned police capacity after six years at will 0.3 is under 0.7 times that
// at 0.8.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  battleDeathsPerYear,
  DECADE,
  killedPerMonth,
  type MissionArm,
  type MissionRuns,
  ownedAt,
  relapseShare,
  runMissionArms,
  TO,
} from './mission-arms.ts'
import { mean, YEAR } from './ssr.ts'
import { variationScenario } from './variation.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const RUNS_TIMEOUT = 900_000

let runs = {} as MissionRuns
beforeAll(() => {
  runs = runMissionArms(variationScenario, SEEDS, {
    partialMissionOneIn: 2,
    morePolice: 1.5,
    strongPolice: { owned: 0.6, recruits: 0.3 },
    lowWill: 0.3,
  })
}, RUNS_TIMEOUT)

const perMonthKilled = (arm: MissionArm) => mean(killedPerMonth(runs[arm]))
const perYearBattleDeaths = (arm: MissionArm) => mean(battleDeathsPerYear(runs[arm]))
const percent = (x: number) => `${(100 * x).toFixed(0)}%`

describe('facts 5, 6, 7, 10 and 12 on the 2 × 3 layout with other strengths', () => {
  it('fact 5: kills fewer civilians the stronger the mission, steeply, and fewer still with more police', () => {
    const [none, half, full, morePolice] = (['none', 'partial', 'full', 'morePolice'] as const).map(
      perMonthKilled,
    )
    console.log(
      `variation, facts 5-6: civilians killed per month with no, half, a full mission and a full mission with ` +
        `1.5 times the police: ${[none, half, full, morePolice].map((x) => x.toFixed(2)).join(', ')}`,
    )
    expect(half).toBeLessThan(none)
    expect(full).toBeLessThan(half)
    expect(full).toBeLessThan(0.2 * none)
    expect(morePolice).toBeLessThan(full)
  })

  it('fact 6: cuts battle deaths by more than half with a full mission', () => {
    const [none, half, full] = (['none', 'partial', 'full'] as const).map(perYearBattleDeaths)
    console.log(
      `variation, fact 6: battle deaths per year: ${[none, half, full].map((x) => x.toFixed(1)).join(', ')}`,
    )
    expect(full).toBeLessThan(0.5 * none)
  })

  it('fact 7: relapses in about 40% of runs without peacekeepers, and in far fewer with them', () => {
    const without = relapseShare(runs.none, DECADE)
    const withMission = relapseShare(runs.full, DECADE)
    console.log(
      `variation, fact 7: relapse within a decade without peacekeepers ${percent(without)}, with ${percent(withMission)}`,
    )
    expect(without).toBeGreaterThanOrEqual(0.2)
    expect(without).toBeLessThanOrEqual(0.65)
    expect(withMission).toBeLessThanOrEqual(0.5 * without)
  })

  it('fact 10: lowers the risk of relapse and violence with strong police and no mission', () => {
    const weak = { relapse: relapseShare(runs.none, TO), killed: perMonthKilled('none') }
    const strong = {
      relapse: relapseShare(runs.strongPoliceAlone, TO),
      killed: perMonthKilled('strongPoliceAlone'),
    }
    const mission = { relapse: relapseShare(runs.full, TO), killed: perMonthKilled('full') }
    console.log(
      `variation, fact 10: relapse share (civilians killed a month) with weak police alone ${percent(weak.relapse)} ` +
        `(${weak.killed.toFixed(2)}), strong police alone ${percent(strong.relapse)} (${strong.killed.toFixed(2)}), ` +
        `weak police with a mission ${percent(mission.relapse)} (${mission.killed.toFixed(2)})`,
    )
    expect(strong.relapse).toBeLessThanOrEqual(0.5 * weak.relapse)
    expect(strong.killed).toBeLessThan(0.7 * weak.killed)
    expect(mission.relapse).toBeLessThanOrEqual(strong.relapse)
  })

  it('fact 12: builds less owned capacity under low political will', () => {
    const at = 6 * YEAR
    const owned = (arm: MissionArm) => mean(ownedAt(runs[arm], at))
    const low = owned('lowWill')
    const high = owned('full')
    console.log(
      `variation, fact 12: police owned capacity after six years ${low.toFixed(3)} at political will 0.3, ` +
        `${high.toFixed(3)} at 0.8`,
    )
    expect(low).toBeLessThan(0.7 * high)
  })
})
