// Stylized fact 10 (Doyle & Sambanis 2000; Bara 2020): local capacity, police above all, can
// substitute for international capacity. Without any mission, a country whose police start with
// strong capacity of their own relapses far less often and sees less violence than one whose
// police are weak: strong police take over much of what a mission does. Same seeds.
import { describe, expect, it } from 'vitest'
import { mean, meanOver, relapsed, runFor, share, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 16 }, (_, i) => i + 1)
const TICKS = 8 * YEAR

function arm(overrides: Record<string, unknown>) {
  const scenario = ssrScenario('baseline', { 'drawdown.policy': 'none', ticks: TICKS, ...overrides })
  const runs = SEEDS.map((seed) => runFor(scenario, seed, TICKS))
  return {
    violence: mean(runs.map((sim) => meanOver(sim.observables()['violence.rate'], YEAR, TICKS))),
    relapse: share(runs.map((sim) => relapsed(sim, YEAR, TICKS))),
  }
}

describe('fact 10: local capacity substitutes for international capacity', () => {
  it('lowers the risk of relapse and violence with strong police and no mission', () => {
    const weakAlone = arm({ 'peacekeepers.density': 0 })
    const strongAlone = arm({
      'peacekeepers.density': 0,
      'police.capacityOwned': 0.7,
      'police.recruitCapacity': 0.35,
    })
    const weakWithMission = arm({})
    console.log(
      `fact 10: mean violence rate (relapse share) with weak police alone ${weakAlone.violence.toFixed(1)} ` +
        `(${(100 * weakAlone.relapse).toFixed(0)}%), strong police alone ${strongAlone.violence.toFixed(1)} ` +
        `(${(100 * strongAlone.relapse).toFixed(0)}%), weak police with a mission ${weakWithMission.violence.toFixed(1)} ` +
        `(${(100 * weakWithMission.relapse).toFixed(0)}%)`,
    )
    expect(strongAlone.relapse).toBeLessThanOrEqual(0.5 * weakAlone.relapse)
    expect(strongAlone.violence).toBeLessThan(weakAlone.violence)
    // The mission still does more: substitution is partial.
    expect(weakWithMission.relapse).toBeLessThanOrEqual(strongAlone.relapse)
  })
})
