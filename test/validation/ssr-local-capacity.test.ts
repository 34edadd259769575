// Stylized fact 10 (Doyle & Sambanis 2000; Bara 2020): local capacity, police above all, can
// substitute for international capacity. Without any mission, a country whose police start with
// strong capacity of their own relapses far less often, and loses fewer civilians, than one whose
// police are weak: strong police take over much of what a mission does. Same seeds, years 2 to 8.
import { describe, expect, it } from 'vitest'
import { mean, meanOver, relapsed, runFor, share, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1)
const TICKS = 8 * YEAR

function arm(overrides: Record<string, unknown>) {
  const scenario = ssrScenario('baseline', { 'drawdown.policy': 'none', ticks: TICKS, ...overrides })
  const runs = SEEDS.map((seed) => runFor(scenario, seed, TICKS))
  return {
    killed: mean(runs.map((sim) => meanOver(sim.observables()['civilians.killed'], YEAR, TICKS) * YEAR)),
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
      `fact 10: relapse share (civilians killed a year) with weak police alone ${(100 * weakAlone.relapse).toFixed(0)}% ` +
        `(${weakAlone.killed.toFixed(1)}), strong police alone ${(100 * strongAlone.relapse).toFixed(0)}% ` +
        `(${strongAlone.killed.toFixed(1)}), weak police with a mission ${(100 * weakWithMission.relapse).toFixed(0)}% ` +
        `(${weakWithMission.killed.toFixed(1)})`,
    )
    expect(strongAlone.relapse).toBeLessThanOrEqual(0.5 * weakAlone.relapse)
    expect(strongAlone.killed).toBeLessThan(0.7 * weakAlone.killed)
    // The mission still does more: substitution is partial.
    expect(weakWithMission.relapse).toBeLessThanOrEqual(strongAlone.relapse)
  })
})
