// Stylized fact 11: abusive security forces raise recruitment and violence; oversight lowers
// abuse and raises trust. Arms differ only in the forces' integrity, or in the oversight support
// to civil society (with a justice system able to sanction). Same seeds; years 2 to 8.
import { describe, expect, it } from 'vitest'
import { mean, meanOver, runFor, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const TICKS = 8 * YEAR

function arm(overrides: Record<string, unknown>) {
  const scenario = ssrScenario('baseline', { 'drawdown.policy': 'none', ticks: TICKS, ...overrides })
  const runs = SEEDS.map((seed) => runFor(scenario, seed, TICKS).observables())
  const over = (name: string) => mean(runs.map((o) => meanOver(o[name], YEAR, TICKS)))
  return {
    recruits: over('spoilers.recruits') * YEAR,
    violence: over('violence.rate'),
    abuses: over('abuses') * YEAR,
    trust: over('police.trust'),
  }
}

describe('fact 11: conduct and oversight', () => {
  it('raises recruitment and violence when the forces abuse', () => {
    const abusive = { integrity: 0.45, recruitIntegrity: 0.45 }
    const lawful = { integrity: 0.9, recruitIntegrity: 0.9 }
    const a = arm({
      'police.integrity': abusive.integrity,
      'police.recruitIntegrity': abusive.recruitIntegrity,
      'military.integrity': abusive.integrity,
      'military.recruitIntegrity': abusive.recruitIntegrity,
    })
    const b = arm({
      'police.integrity': lawful.integrity,
      'police.recruitIntegrity': lawful.recruitIntegrity,
      'military.integrity': lawful.integrity,
      'military.recruitIntegrity': lawful.recruitIntegrity,
    })
    console.log(
      `fact 11: recruits per year ${a.recruits.toFixed(1)} with abusive forces, ${b.recruits.toFixed(1)} with lawful ` +
        `ones; violence rate ${a.violence.toFixed(1)} and ${b.violence.toFixed(1)}`,
    )
    expect(a.recruits).toBeGreaterThan(b.recruits)
    expect(a.violence).toBeGreaterThan(1.2 * b.violence)
  })

  it('lowers abuse and raises trust with oversight', () => {
    const without = arm({ 'programmes.oversight': 0, 'programmes.humanRights': 0, 'reform.justice': 0.6 })
    const withOversight = arm({
      'programmes.oversight': 1,
      'programmes.humanRights': 0,
      'reform.justice': 0.6,
    })
    console.log(
      `fact 11: abuses per year ${without.abuses.toFixed(1)} without oversight support, ${withOversight.abuses.toFixed(1)} ` +
        `with it; trust in police ${without.trust.toFixed(3)} and ${withOversight.trust.toFixed(3)}`,
    )
    expect(withOversight.abuses).toBeLessThan(without.abuses)
    expect(withOversight.trust).toBeGreaterThan(without.trust)
  })
})
