// Intervals against published or hand-computed values: Wilson (Newcombe 1998, table I), the t
// interval of a mean, and paired differences between arms that share seeds.
import { describe, expect, it } from 'vitest'
import type { Group } from '../../src/experiment/analyze/groups.ts'
import { meanInterval } from '../../src/experiment/analyze/mean-ci.ts'
import { pairedDifference } from '../../src/experiment/analyze/paired.ts'
import { tQuantile } from '../../src/experiment/analyze/quantiles.ts'
import type { RunRecord } from '../../src/experiment/analyze/runs-table.ts'
import { wilsonInterval } from '../../src/experiment/analyze/wilson.ts'

describe('Wilson interval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857, table I, method 3 (score, no continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i is [%f, %f]', (successes, n, lower, upper) => {
    const interval = wilsonInterval(successes, n)
    expect(interval.estimate).toBeCloseTo(successes / n, 12)
    expect(interval.lower).toBeCloseTo(lower, 4)
    expect(interval.upper).toBeCloseTo(upper, 4)
  })

  it('is exactly 0 or 1 at the ends and NaN without runs', () => {
    expect(wilsonInterval(0, 10).lower).toBe(0)
    expect(wilsonInterval(10, 10).upper).toBe(1)
    expect(wilsonInterval(0, 0).estimate).toBeNaN()
  })
})

describe('t interval of a mean', () => {
  it('uses an accurate t quantile', () => {
    // R: qt(0.975, c(1, 4, 9, 29)).
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.70620474, 6)
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445105, 7)
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157163, 7)
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.045229642, 7)
  })

  it('gives mean ± t·sd/√n and ignores empty values', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sd √(32/7), t(0.975, 7) = 2.364624252.
    const summary = meanInterval([2, 4, 4, 4, 5, 5, 7, 9, Number.NaN])
    const half = 2.364624252 * (Math.sqrt(32 / 7) / Math.sqrt(8))
    expect(summary.n).toBe(8)
    expect(summary.estimate).toBe(5)
    expect(summary.sd).toBeCloseTo(Math.sqrt(32 / 7), 12)
    // jstat's t quantile is good to ~1e-8 relative.
    expect(summary.lower).toBeCloseTo(5 - half, 7)
    expect(summary.upper).toBeCloseTo(5 + half, 7)
  })
})

const run = (arm: string, replicate: number, value: number, point = 0): RunRecord => ({
  runId: 0,
  point,
  arm,
  replicate,
  seed: 100 + replicate,
  factors: {},
  measures: { value },
})
const group = (arm: string, values: number[]): Group => ({
  cellKey: 'point 0',
  factors: {},
  arm,
  runs: values.map((value, replicate) => run(arm, replicate, value)),
})
const measured = (record: RunRecord) => record.measures.value as number

describe('paired difference between arms', () => {
  it('matches a hand computation', () => {
    // d = B − A = −1, −2, 0, −3, −2: mean −1.6, sd √1.3, se √1.3/√5, t(0.975, 4) = 2.776445105.
    const difference = pairedDifference(group('B', [2, 3, 4, 3, 5]), group('A', [3, 5, 4, 6, 7]), measured)
    const half = 2.776445105 * Math.sqrt(1.3 / 5)
    expect(difference).toMatchObject({ arm: 'B', reference: 'A', n: 5 })
    expect(difference.estimate).toBeCloseTo(-1.6, 12)
    expect(difference.sd).toBeCloseTo(Math.sqrt(1.3), 12)
    expect(difference.lower).toBeCloseTo(-1.6 - half, 8)
    expect(difference.upper).toBeCloseTo(-1.6 + half, 8)
    // Unpaired, the same data would give a much wider interval: pairing is what narrows it.
    expect(difference.upper - difference.lower).toBeLessThan(2 * half + 1e-9)
  })

  it('pairs by replicate and seed, not by order, and skips runs without a partner', () => {
    const reference = group('A', [3, 5, 4, 6, 7])
    const arm = group('B', [2, 3, 4, 3, 5])
    arm.runs.reverse()
    arm.runs.push(run('B', 9, 100))
    const difference = pairedDifference(arm, reference, measured)
    expect(difference.n).toBe(5)
    expect(difference.estimate).toBeCloseTo(-1.6, 12)
  })
})
