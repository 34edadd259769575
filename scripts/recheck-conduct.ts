// Facts 11 and the second half of 12 re-checked on seeds no test or calibration uses (3000 onwards
// by default): the designs and criteria of test/validation/ssr-conduct.test.ts (12 seeds) and
// ssr-reform.test.ts (8 seeds), printed as verdicts. A robustness report, not a test: nothing is
// tuned on it (docs/VALIDATION.md, "Re-checked on countries and seeds nobody has seen").
// Usage: npx tsx scripts/recheck-conduct.ts [conductSeeds=12] [reformSeeds=8] [firstSeed=3000]
import { capacityKept, conductArm, forcesOfIntegrity, oversightOf } from '../test/validation/conduct-arms.ts'
import { mean, ssrScenario, YEAR } from '../test/validation/ssr.ts'

const conductSeeds = Number(process.argv[2] ?? 12)
const reformSeeds = Number(process.argv[3] ?? 8)
const first = Number(process.argv[4] ?? 3000)
const seeds = (n: number) => Array.from({ length: n }, (_, i) => first + i)
const verdict = (holds: boolean) => (holds ? 'holds' : 'FAILS')
const arm = (overrides: Record<string, unknown>) =>
  conductArm((o) => ssrScenario('baseline', o), seeds(conductSeeds), overrides)

const abusive = arm(forcesOfIntegrity(0.45))
const lawful = arm(forcesOfIntegrity(0.9))
console.log(
  `fact 11, conduct: recruits a year ${abusive.recruits.toFixed(2)} and ${lawful.recruits.toFixed(2)}, ` +
    `violence rate ${abusive.violence.toFixed(2)} and ${lawful.violence.toFixed(2)}: ` +
    verdict(abusive.recruits > lawful.recruits && abusive.violence > 1.2 * lawful.violence),
)
const without = arm(oversightOf(0, 0.6))
const withOversight = arm(oversightOf(1, 0.6))
console.log(
  `fact 11, oversight: abuses a year ${without.abuses.toFixed(1)} and ${withOversight.abuses.toFixed(1)}, ` +
    `trust in police ${without.trust.toFixed(3)} and ${withOversight.trust.toFixed(3)}: ` +
    verdict(withOversight.abuses < without.abuses && withOversight.trust > without.trust),
)
const kept = (ownership: number) =>
  mean(capacityKept((o) => ssrScenario('baseline', o), seeds(reformSeeds), 5 * YEAR, ownership))
const low = kept(0.1)
const high = kept(0.8)
console.log(
  `fact 12, ownership: share of capacity kept ${low.toFixed(3)} and ${high.toFixed(3)}: ${verdict(low < high && high - low > 0.1)}`,
)
