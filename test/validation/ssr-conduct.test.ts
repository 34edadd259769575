// Stylized fact 11: abusive security forces raise recruitment and violence; oversight lowers
// abuse and raises trust. Arms differ only in the forces' integrity, or in the oversight support
// to civil society (with a justice system able to sanction). Same seeds; years 2 to 8.
import { describe, expect, it } from 'vitest'
import { conductArm, forcesOfIntegrity, oversightOf } from './conduct-arms.ts'
import { ssrScenario } from './ssr.ts'
import { formatInterval, pairedBootstrap } from './stats.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)

const arm = (overrides: Record<string, unknown>) =>
  conductArm((o) => ssrScenario('baseline', o), SEEDS, overrides)

/** 95% paired bootstrap interval of the mean difference a − b over the seeds. */
const gap = (a: number[], b: number[], label: string, digits = 2) =>
  formatInterval(pairedBootstrap(a, b, label), digits)

describe('fact 11: conduct and oversight', () => {
  it('raises recruitment and violence when the forces abuse', () => {
    const a = arm(forcesOfIntegrity(0.45))
    const b = arm(forcesOfIntegrity(0.9))
    console.log(
      `fact 11: recruits per year ${a.recruits.toFixed(1)} with abusive forces, ${b.recruits.toFixed(1)} with lawful ` +
        `ones; violence rate ${a.violence.toFixed(1)} and ${b.violence.toFixed(1)}`,
    )
    console.log(
      `fact 11: abusive − lawful: recruits a year ${gap(a.perSeed.recruits, b.perSeed.recruits, 'fact 11 recruits')}, ` +
        `violence rate ${gap(a.perSeed.violence, b.perSeed.violence, 'fact 11 violence')} (95% paired bootstrap)`,
    )
    expect(a.recruits).toBeGreaterThan(b.recruits)
    expect(a.violence).toBeGreaterThan(1.2 * b.violence)
  })

  it('lowers abuse and raises trust with oversight', () => {
    const without = arm(oversightOf(0, 0.6))
    const withOversight = arm(oversightOf(1, 0.6))
    console.log(
      `fact 11: abuses per year ${without.abuses.toFixed(1)} without oversight support, ${withOversight.abuses.toFixed(1)} ` +
        `with it; trust in police ${without.trust.toFixed(3)} and ${withOversight.trust.toFixed(3)}`,
    )
    console.log(
      `fact 11: with − without oversight: abuses a year ` +
        `${gap(withOversight.perSeed.abuses, without.perSeed.abuses, 'fact 11 abuses')}, trust in police ` +
        `${gap(withOversight.perSeed.trust, without.perSeed.trust, 'fact 11 trust', 3)} (95% paired bootstrap)`,
    )
    expect(withOversight.abuses).toBeLessThan(without.abuses)
    expect(withOversight.trust).toBeGreaterThan(without.trust)
  })
})
