// Trust's step towards its target is chosen by arithmetic, not by branches (trust.ts): it must
// give exactly what the rule as first written gives, on every kind of input, or the trajectories
// would drift from the golden series one rounding at a time.
import { describe, expect, it } from 'vitest'
import { Streams } from '../../src/engine/core/rng.ts'
import { approach } from '../../src/engine/systems/ssr/trust.ts'

/** The rule as first written, with branches. */
const written = (trust: number, target: number, rate: number) => {
  const gap = target - trust
  return gap > rate ? trust + rate : gap < -rate ? trust - rate : target
}

describe('trust approaching its target', () => {
  it('equals the rule with branches, bit for bit, on random and boundary inputs', () => {
    const random = new Streams(11).stream('trust')
    const cases: [number, number, number][] = [
      [0, 0, 0.05],
      [0, 1, 0.05],
      [1, 0, 0.05],
      [0.5, 0.55, 0.05],
      [0.5, 0.45, 0.05],
      [0.05, 0, 0.05],
      [0.3, 0.3, 0],
      [0.3, 0.7, 0],
      [Math.fround(0.1), 0.1 + 0.05, 0.05],
    ]
    for (let i = 0; i < 100_000; i++) {
      const trust = Math.fround(random())
      const rate = [0, 0.01, 0.02, 0.05, 0.2][i % 5]
      // Targets near trust ± rate as well as anywhere in [0, 1]: the boundaries are where a
      // rounding difference would show.
      const target =
        i % 3 === 0
          ? random()
          : Math.min(1, Math.max(0, trust + (i % 2 ? rate : -rate) + (random() - 0.5) * 1e-9))
      cases.push([trust, target, rate])
    }
    let steps = 0
    for (const [trust, target, rate] of cases) {
      const got = approach(trust, target, rate)
      expect(Object.is(got, written(trust, target, rate)), `${trust} → ${target} by ${rate}`).toBe(true)
      if (got !== target) steps++
    }
    // Both kinds of answer occur: a step of the rate, and the target itself.
    expect(steps).toBeGreaterThan(10_000)
    expect(cases.length - steps).toBeGreaterThan(10_000)
  })
})
