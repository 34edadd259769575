// Stylized fact 7 (Fortna 2008; Gilligan & Sergenti 2008; Collier, Hoeffler & Söderbom 2008):
// without peacekeepers about 40% of post-conflict countries relapse within a decade; peacekeeping
// cuts that risk by roughly 50-85%. Relapse here: the rolling violence rate passes the scenario's
// threshold in years 2 to 10 (year 1 is the settling of the initial state). Same seeds in both arms.
import { describe, expect, it } from 'vitest'
import { relapsed, runFor, share, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1)
const DECADE = 10 * YEAR

describe('fact 7: peacekeeping and the risk of relapse', () => {
  it('relapses in about 40% of runs without peacekeepers, and in far fewer with them', () => {
    const without = ssrScenario('baseline', { 'peacekeepers.density': 0, ticks: DECADE })
    const withMission = ssrScenario('baseline', { 'drawdown.policy': 'none', ticks: DECADE })
    const a = share(SEEDS.map((seed) => relapsed(runFor(without, seed, DECADE), YEAR, DECADE)))
    const b = share(SEEDS.map((seed) => relapsed(runFor(withMission, seed, DECADE), YEAR, DECADE)))
    console.log(
      `fact 7: relapse within a decade without peacekeepers ${(100 * a).toFixed(0)}%, with ${(100 * b).toFixed(0)}% ` +
        `(risk cut by ${a > 0 ? (100 * (1 - b / a)).toFixed(0) : 'n/a'}%)`,
    )
    expect(a).toBeGreaterThanOrEqual(0.2)
    expect(a).toBeLessThanOrEqual(0.65)
    expect(b).toBeLessThanOrEqual(0.5 * a)
  })
})
