// Stylized fact 1 (Epstein 2002, runs 3 and 4): legitimacy that falls slowly, 0.9 to 0.2 by 0.01
// a tick, gives no outburst, while a single drop from 0.9 to 0.7 makes the actives explode.
// Both arms use the same seeds (common random numbers), so the difference is the path alone.
import { describe, expect, it } from 'vitest'
import { libraryScenario, mean, peak, runBranching, seeds } from './library.ts'

describe('fact 1: sudden versus gradual loss of legitimacy', () => {
  it('explodes after a sudden drop and stays calm through a gradual decline', () => {
    const gradual = libraryScenario('epstein-civil-violence', 'run-3', { ticks: 250 })
    const sudden = libraryScenario('epstein-civil-violence', 'run-4', { ticks: 250 })
    const citizens = Math.round(0.7 * 40 * 40)
    const explosion = 0.25 * citizens
    // Both arms hold legitimacy at 0.9 until tick 50: that stretch is run once per seed.
    const runs = seeds(10).map((seed) => runBranching([gradual, sudden], seed, 50))
    const gradualPeaks = runs.map(([g]) => peak(g.observables().active))
    const suddenPeaks = runs.map(([, s]) => peak(s.observables().active))
    console.log(
      `fact 1: peak actives, gradual mean ${mean(gradualPeaks).toFixed(0)} (max ${Math.max(...gradualPeaks)}), ` +
        `sudden mean ${mean(suddenPeaks).toFixed(0)}; explosions (> ${explosion} actives) ` +
        `${suddenPeaks.filter((p) => p > explosion).length}/10 sudden, ${gradualPeaks.filter((p) => p > explosion).length}/10 gradual`,
    )
    expect(suddenPeaks.filter((p) => p > explosion).length).toBeGreaterThanOrEqual(8)
    expect(gradualPeaks.filter((p) => p > explosion).length).toBeLessThanOrEqual(1)
    expect(mean(suddenPeaks)).toBeGreaterThan(3 * mean(gradualPeaks))
  })
})
