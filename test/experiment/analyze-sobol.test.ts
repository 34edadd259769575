// Sobol indices of the Ishigami function (a = 7, b = 0.1) against its analytic values, and the
// Saltelli layout found whichever order the design wrote its blocks in. The sample is the design
// module's own (Sobol sequence, Joe–Kuo direction numbers), as `drawdown batch` runs it.
import { describe, expect, it } from 'vitest'
import { findSaltelliLayout } from '../../src/experiment/analyze/saltelli-layout.ts'
import { sobolIndices } from '../../src/experiment/analyze/sobol-indices.ts'
import { saltelliUnitPoints } from '../../src/experiment/saltelli.ts'

const A = 7
const B = 0.1
const ishigami = ([x1, x2, x3]: readonly number[]) =>
  Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1)
/** Inputs are uniform on [−π, π]; the sample is on [0, 1]. */
const toInputs = (u: readonly number[]) => u.map((value) => Math.PI * (2 * value - 1))

// Analytic indices (Ishigami & Homma 1990; Saltelli et al. 2008, §4.5).
const variance = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5
const v1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2
const v2 = A ** 2 / 8
const v13 = (8 * B ** 2 * Math.PI ** 8) / 225 // V13 = b²π⁸(1/18 − 1/50)
const EXPECTED = {
  first: [v1 / variance, v2 / variance, 0],
  total: [(v1 + v13) / variance, v2 / variance, v13 / variance],
}

describe('Sobol indices', () => {
  const N = 8192
  const points = saltelliUnitPoints(N, 3)
  const y = points.map((point) => ishigami(toInputs(point)))
  const layout = findSaltelliLayout(points, 3)!
  const indices = sobolIndices(y, layout, ['x1', 'x2', 'x3'], { resamples: 500, seed: 11 })

  it('has the analytic values of the Ishigami function', () => {
    expect(EXPECTED.first[0]).toBeCloseTo(0.3139, 4)
    expect(EXPECTED.total[2]).toBeCloseTo(0.2437, 4)
  })

  it('reproduces first-order and total indices within 0.005 at N = 8192 (measured: ≤ 0.0011)', () => {
    indices.forEach((index, i) => {
      expect(Math.abs(index.first.estimate - EXPECTED.first[i])).toBeLessThan(0.005)
      expect(Math.abs(index.total.estimate - EXPECTED.total[i])).toBeLessThan(0.005)
    })
  })

  it('gives bootstrap intervals that hold the estimate and the analytic value', () => {
    indices.forEach((index, i) => {
      for (const [kind, expected] of [
        ['first', EXPECTED.first[i]],
        ['total', EXPECTED.total[i]],
      ] as const) {
        const interval = index[kind]
        expect(interval.lower).toBeLessThanOrEqual(interval.estimate)
        expect(interval.upper).toBeGreaterThanOrEqual(interval.estimate)
        expect(interval.lower).toBeLessThan(expected)
        expect(interval.upper).toBeGreaterThan(expected)
        expect(interval.upper - interval.lower).toBeLessThan(0.1)
      }
    })
  })

  it('finds the interleaved layout and the block layouts', () => {
    expect(layout.order).toBe('interleaved')
    const k = 3
    const n = 16
    const sample = saltelliUnitPoints(n, k)
    const row = (j: number, block: number) => sample[j * (k + 2) + block]
    const blocks = [0, k + 1, 1, 2, 3].flatMap((block) => Array.from({ length: n }, (_, j) => row(j, block)))
    expect(findSaltelliLayout(blocks, k)?.order).toBe('blocks')
    const bLast = [0, 1, 2, 3, k + 1].flatMap((block) => Array.from({ length: n }, (_, j) => row(j, block)))
    expect(findSaltelliLayout(bLast, k)?.order).toBe('blocks-b-last')
    expect(findSaltelliLayout(sample.slice(0, 9), k)).toBeNull()
    expect(findSaltelliLayout([...sample].reverse(), k)).toBeNull()
  })
})
