// PRIM on a planted box: relapse is common (90%) where x0 ∈ [0.2, 0.6] and x1 ≥ 0.5, rare (5%)
// elsewhere, and x2 is noise. PRIM must find those limits and leave x2 alone.
import seedrandom from 'seedrandom'
import { describe, expect, it } from 'vitest'
import { prim } from '../../src/experiment/analyze/prim.ts'

const FACTORS = ['x0', 'x1', 'x2']
const random = seedrandom.xor4096('planted-box')
const x = Array.from({ length: 3000 }, () => [random(), random(), random()])
const planted = (row: readonly number[]) => row[0] >= 0.2 && row[0] <= 0.6 && row[1] >= 0.5
const y = x.map((row) => random() < (planted(row) ? 0.9 : 0.05))

describe('PRIM', () => {
  const result = prim(x, y, FACTORS, { alpha: 0.05, minMass: 0.05 })

  it('finds the planted box within 0.05 on each limit and leaves the noise factor unrestricted', () => {
    const [x0, x1, x2] = result.box.limits
    expect(x0[0]).toBeCloseTo(0.2, 1)
    expect(Math.abs(x0[0] - 0.2)).toBeLessThan(0.05)
    expect(Math.abs(x0[1] - 0.6)).toBeLessThan(0.05)
    expect(Math.abs(x1[0] - 0.5)).toBeLessThan(0.05)
    expect(x1[1]).toBeGreaterThan(0.9)
    expect(x2[1] - x2[0]).toBeGreaterThan(0.9)
    expect(result.box.restricted).toEqual(['x0', 'x1'])
  })

  it('reports density near 0.9 and most of the hits covered', () => {
    expect(result.box.density).toBeGreaterThan(0.8)
    expect(result.box.coverage).toBeGreaterThan(0.7)
    const inBox = x.filter(planted).length / x.length
    expect(Math.abs(result.box.mass - inBox)).toBeLessThan(0.03)
  })

  it('peels a trajectory from the whole space, density rising and mass falling', () => {
    const [first] = result.trajectory
    expect(first.mass).toBe(1)
    expect(first.coverage).toBe(1)
    for (let i = 1; i < result.trajectory.length; i++) {
      expect(result.trajectory[i].mass).toBeLessThan(result.trajectory[i - 1].mass)
      expect(result.trajectory[i].mass).toBeGreaterThanOrEqual(0.05)
    }
    expect(result.trajectory.at(-1)!.density).toBeGreaterThan(first.density)
  })

  it('finds where relapse is rare: the complement of the box has few hits', () => {
    const rare = prim(
      x,
      y.map((hit) => !hit),
      FACTORS,
    )
    expect(rare.box.density).toBeGreaterThan(0.93)
    const plantedInside = x.filter(
      (row) => rare.box.limits.every((l, d) => row[d] >= l[0] && row[d] <= l[1]) && planted(row),
    )
    expect(plantedInside.length / rare.box.n).toBeLessThan(0.05)
  })
})
