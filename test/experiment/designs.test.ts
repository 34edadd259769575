// Design points: sizes, ranges and spacing of every design, Latin hypercube strata each hit once,
// and the Saltelli layout that the analysis rebuilds A, B and A_B^(i) from.
import seedrandom from 'seedrandom'
import { describe, expect, it } from 'vitest'
import { designPoints, factorLevels, type PlannedFactor } from '../../src/experiment/design.ts'
import { latinHypercube } from '../../src/experiment/latin-hypercube.ts'
import { levelsOf } from '../../src/experiment/levels.ts'
import { saltelliLayout, saltelliPointIndex, saltelliUnitPoints } from '../../src/experiment/saltelli.ts'
import { sobolPoints } from '../../src/experiment/sobol.ts'

const factor = (path: string, changes: Partial<PlannedFactor>): PlannedFactor => ({
  path,
  scale: 'linear',
  integer: false,
  ...changes,
})

describe('levels of a range', () => {
  it('are evenly spaced, both ends exact, on a linear scale', () => {
    expect(levelsOf([0.1, 0.9], 5, 'linear')).toEqual([0.1, 0.3, 0.5, 0.7, 0.9])
  })
  it('are evenly spaced in the logarithm on a log scale', () => {
    expect(levelsOf([0.001, 1], 4, 'log')).toEqual([0.001, 0.01, 0.1, 1])
  })
  it('are rounded for whole-number parameters', () => {
    expect(
      factorLevels(factor('drawdown.exitTick', { range: [100, 200], levels: 4, integer: true })),
    ).toEqual([100, 133, 167, 200])
  })
})

describe('full factorial', () => {
  it('has every combination, the first factor varying slowest', () => {
    const { points } = designPoints('factorial', [
      factor('a', { values: [1, 2] }),
      factor('b', { values: ['x', 'y', 'z'] }),
      factor('c', { range: [0, 1], levels: 2 }),
    ])
    expect(points.length).toBe(2 * 3 * 2)
    expect(points.slice(0, 3)).toEqual([
      [1, 'x', 0],
      [1, 'x', 1],
      [1, 'y', 0],
    ])
    expect(new Set(points.map((p) => p.join())).size).toBe(12)
  })
})

describe('one at a time', () => {
  it('starts at the base point and varies each factor alone, skipping its base value', () => {
    const { points } = designPoints('one-at-a-time', [
      factor('a', { values: [0.2, 0.5, 0.8], base: 0.5 }),
      factor('b', { values: ['abrupt', 'schedule'], base: 'none' }),
    ])
    expect(points).toEqual([
      [0.5, 'none'],
      [0.2, 'none'],
      [0.8, 'none'],
      [0.5, 'abrupt'],
      [0.5, 'schedule'],
    ])
  })
})

describe('Latin hypercube', () => {
  it('hits each of the n strata of every factor exactly once', () => {
    for (const [n, k, seed] of [
      [10, 3, 1],
      [97, 6, 2],
      [1, 2, 3],
    ]) {
      const points = latinHypercube(n, k, seedrandom(String(seed)))
      expect(points.length).toBe(n)
      for (let f = 0; f < k; f++) {
        const strata = points.map((p) => Math.floor(p[f] * n)).sort((x, y) => x - y)
        expect(strata).toEqual(Array.from({ length: n }, (_, i) => i))
      }
    }
  })

  it('maps onto each factor’s range and is the same for the same seed, different for another', () => {
    const factors = [factor('a', { range: [10, 20] }), factor('b', { range: [0.01, 1], scale: 'log' })]
    const first = designPoints('latin-hypercube', factors, { n: 20, seed: 5 })
    expect(designPoints('latin-hypercube', factors, { n: 20, seed: 5 })).toEqual(first)
    expect(designPoints('latin-hypercube', factors, { n: 20, seed: 6 }).points).not.toEqual(first.points)
    for (const [a, b] of first.points as number[][]) {
      expect(a).toBeGreaterThanOrEqual(10)
      expect(a).toBeLessThan(20)
      expect(b).toBeGreaterThanOrEqual(0.01)
      expect(b).toBeLessThan(1)
    }
    // On the log scale, the strata are equal in log(b): one point per decade-fraction.
    const strata = first.points.map(([, b]) => Math.floor(((Math.log10(b as number) + 2) / 2) * 20))
    expect(new Set(strata).size).toBe(20)
  })
})

describe('Saltelli sampling', () => {
  it('has n(k + 2) points laid out sample-major as A, A_B^(0…k−1), B', () => {
    const n = 8
    const k = 3
    const unit = saltelliUnitPoints(n, k)
    const layout = saltelliLayout(n, k)
    expect(unit.length).toBe(n * (k + 2))
    expect(layout.length).toBe(n * (k + 2))
    expect(layout.slice(0, 6)).toEqual([
      { block: 'A', sample: 0 },
      { block: 0, sample: 0 },
      { block: 1, sample: 0 },
      { block: 2, sample: 0 },
      { block: 'B', sample: 0 },
      { block: 'A', sample: 1 },
    ])
    layout.forEach((row, p) => {
      expect(saltelliPointIndex(row.block, row.sample, k)).toBe(p)
    })
  })

  it('takes A and B from the two halves of a 2k-dimensional Sobol sequence, origin skipped', () => {
    const n = 16
    const k = 4
    const sobol = sobolPoints(n, 2 * k)
    const unit = saltelliUnitPoints(n, k)
    for (let j = 0; j < n; j++) {
      const a = unit[saltelliPointIndex('A', j, k)]
      const b = unit[saltelliPointIndex('B', j, k)]
      expect(a).toEqual(sobol[j].slice(0, k))
      expect(b).toEqual(sobol[j].slice(k))
      for (let i = 0; i < k; i++) {
        const ab = unit[saltelliPointIndex(i, j, k)]
        expect(ab).toEqual(a.map((value, column) => (column === i ? b[i] : value)))
      }
    }
  })

  it('maps onto the ranges in designPoints, keeping the unit points for the analysis', () => {
    const factors = [factor('a', { range: [0, 10] }), factor('b', { range: [1, 3], integer: true })]
    const { points, unit } = designPoints('saltelli', factors, { n: 4 })
    expect(points.length).toBe(16)
    expect(unit?.length).toBe(16)
    points.forEach(([a, b], p) => {
      expect(a).toBeCloseTo((unit as number[][])[p][0] * 10, 12)
      expect([1, 2, 3]).toContain(b)
    })
  })
})
