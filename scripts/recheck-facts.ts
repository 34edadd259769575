// Facts 5, 6, 7, 10, the first half of 12, and 9 re-checked on seeds no test or calibration uses
// (3000 onwards by default): each test's own design and criteria (test/validation/ssr-mission.test.ts,
// ssr-withdrawal-shock.test.ts), printed as verdicts. A robustness report, not a test: nothing is
// tuned on it (docs/VALIDATION.md, "Re-checked on countries and seeds nobody has seen").
// Usage: npx tsx scripts/recheck-facts.ts [missionSeeds=20] [shockSeeds=48] [firstSeed=3000]
import {
  battleDeathsPerYear,
  DECADE,
  killedPerMonth,
  MAIN_STRENGTHS,
  ownedAt,
  relapseShare,
  runMissionArms,
  TO,
} from '../test/validation/mission-arms.ts'
import { checkedShock } from '../test/validation/shock-check.ts'
import { mean, ssrScenario, YEAR } from '../test/validation/ssr.ts'
import { runShockArms, TESTED } from '../test/validation/withdrawal-shock.ts'

const missionSeeds = Number(process.argv[2] ?? 20)
const shockSeeds = Number(process.argv[3] ?? 48)
const first = Number(process.argv[4] ?? 3000)
const seeds = (n: number) => Array.from({ length: n }, (_, i) => first + i)
const verdict = (holds: boolean) => (holds ? 'holds' : 'FAILS')

const runs = runMissionArms(
  (overrides) => ssrScenario('baseline', overrides),
  seeds(missionSeeds),
  MAIN_STRENGTHS,
)
const killed = (arm: keyof typeof runs) => mean(killedPerMonth(runs[arm]))
const [none, third, full, withPolice] = (['none', 'partial', 'full', 'morePolice'] as const).map(killed)
console.log(
  `fact 5: killed a month ${[none, third, full, withPolice].map((x) => x.toFixed(2)).join(', ')}: ` +
    verdict(third < none && full < third && full < 0.2 * none && withPolice < full),
)
const deaths = (arm: keyof typeof runs) => mean(battleDeathsPerYear(runs[arm]))
console.log(
  `fact 6: battle deaths a year ${deaths('none').toFixed(1)}, ${deaths('full').toFixed(1)}: ${verdict(deaths('full') < 0.5 * deaths('none'))}`,
)
const without = relapseShare(runs.none, DECADE)
const withMission = relapseShare(runs.full, DECADE)
console.log(
  `fact 7: relapse within a decade ${without.toFixed(2)} without, ${withMission.toFixed(2)} with: ` +
    verdict(without >= 0.2 && without <= 0.65 && withMission <= 0.5 * without),
)
const weak = relapseShare(runs.none, TO)
const strong = relapseShare(runs.strongPoliceAlone, TO)
const kept = relapseShare(runs.full, TO)
const strongKilled = killed('strongPoliceAlone')
console.log(
  `fact 10: relapse weak alone ${weak.toFixed(2)}, strong alone ${strong.toFixed(2)}, mission ${kept.toFixed(2)}; ` +
    `killed a month ${none.toFixed(2)} and ${strongKilled.toFixed(2)}: ` +
    verdict(strong <= 0.5 * weak && strongKilled < 0.7 * none && kept <= strong),
)
const low = mean(ownedAt(runs.lowWill, 6 * YEAR))
const high = mean(ownedAt(runs.full, 6 * YEAR))
console.log(
  `fact 12: owned after six years ${low.toFixed(3)} and ${high.toFixed(3)}: ${verdict(low < 0.7 * high)}`,
)

const pairs = runShockArms(seeds(shockSeeds))
for (const district of TESTED) {
  const shock = checkedShock(pairs, district)
  console.log(
    `fact 9, ${district}: first quarter ${shock.firstQuarter.toFixed(3)}, rest of the year ${shock.restOfYear.toFixed(3)}, ` +
      `far ${shock.farFirstQuarter.toFixed(3)}: ${verdict(shock.holds)}`,
  )
}
