// Fact 11 and the second half of fact 12 on a variation of ssr-conduct.test.ts's and
// ssr-reform.test.ts's configurations that no calibration used (issue 9): the 2 × 3 district layout
// (variation.ts) and other strengths: integrity 0.5 against 0.85 (instead of 0.45 against 0.9),
// oversight support 0.8 against none with justice at 0.5 (instead of 1 and 0.6), ownership 0.2
// against 0.7 with the exit at year 4 (instead of 0.1 and 0.8 at year 5). Validation seeds 1-12
// (fact 11, years 2 to 8) and 1-8 (fact 12, three years after the exit), as in the main tests.
// Expected before the run, the main tests' claims: abusive forces bring more recruits and more than
// 1.2 times the violence; oversight brings fewer abuses and more trust in the police; ownership
// keeps a share of police capacity at least 0.1 higher three years after the exit.
import { describe, expect, it } from 'vitest'
import { capacityKept, conductArm, forcesOfIntegrity, oversightOf } from './conduct-arms.ts'
import { mean, YEAR } from './ssr.ts'
import { variationScenario } from './variation.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const arm = (overrides: Record<string, unknown>) => conductArm(variationScenario, SEEDS, overrides)

describe('facts 11 and 12 on the 2 × 3 layout with other strengths', () => {
  it('fact 11: raises recruitment and violence when the forces abuse', () => {
    const abusive = arm(forcesOfIntegrity(0.5))
    const lawful = arm(forcesOfIntegrity(0.85))
    console.log(
      `variation, fact 11: recruits per year ${abusive.recruits.toFixed(1)} with abusive forces (integrity 0.5), ` +
        `${lawful.recruits.toFixed(1)} with lawful ones (0.85); violence rate ${abusive.violence.toFixed(1)} and ` +
        `${lawful.violence.toFixed(1)}`,
    )
    expect(abusive.recruits).toBeGreaterThan(lawful.recruits)
    expect(abusive.violence).toBeGreaterThan(1.2 * lawful.violence)
  })

  it('fact 11: lowers abuse and raises trust with oversight', () => {
    const support = (oversight: number) => arm(oversightOf(oversight, 0.5))
    const without = support(0)
    const withOversight = support(0.8)
    console.log(
      `variation, fact 11: abuses per year ${without.abuses.toFixed(1)} without oversight support, ` +
        `${withOversight.abuses.toFixed(1)} with 0.8; trust in police ${without.trust.toFixed(3)} and ` +
        `${withOversight.trust.toFixed(3)}`,
    )
    expect(withOversight.abuses).toBeLessThan(without.abuses)
    expect(withOversight.trust).toBeGreaterThan(without.trust)
  })

  it('fact 12: loses more of its capacity after exit when built without ownership', () => {
    const exit = 4 * YEAR
    const retained = (ownership: number) =>
      mean(capacityKept(variationScenario, SEEDS.slice(0, 8), exit, ownership))
    const low = retained(0.2)
    const high = retained(0.7)
    console.log(
      `variation, fact 12: share of police capacity kept three years after an exit at year 4 ${low.toFixed(3)} ` +
        `at ownership 0.2, ${high.toFixed(3)} at 0.7`,
    )
    expect(high - low).toBeGreaterThan(0.1)
  })
})
