// First-order and total Sobol indices from a Saltelli design: Saltelli et al. (2010) estimator
// for S_i, Jansen's for S_Ti, each with a seeded percentile bootstrap interval over the N rows.
import { quantile } from 'd3'
import { resampler } from './bootstrap.ts'
import { CONFIDENCE, type Interval } from './interval.ts'
import type { SaltelliLayout } from './saltelli-layout.ts'

export interface SobolIndex {
  factor: string
  first: Interval
  total: Interval
}

export interface SobolOptions {
  /** Bootstrap resamples (default 1000). */
  resamples?: number
  seed?: number
  level?: number
}

interface Blocks {
  a: Float64Array
  b: Float64Array
  ab: Float64Array[]
}

/** S_i and S_Ti for the rows `rows` of the blocks (rows may repeat: a bootstrap resample). */
function estimate(blocks: Blocks, rows: ArrayLike<number>): { first: number[]; total: number[] } {
  const n = rows.length
  let sum = 0
  let sumSquares = 0
  for (let r = 0; r < n; r++) {
    const a = blocks.a[rows[r]]
    const b = blocks.b[rows[r]]
    sum += a + b
    sumSquares += a * a + b * b
  }
  const mean = sum / (2 * n)
  const variance = sumSquares / (2 * n) - mean * mean
  const first: number[] = []
  const total: number[] = []
  for (const ab of blocks.ab) {
    let firstSum = 0
    let totalSum = 0
    for (let r = 0; r < n; r++) {
      const j = rows[r]
      const a = blocks.a[j]
      firstSum += blocks.b[j] * (ab[j] - a)
      totalSum += (a - ab[j]) ** 2
    }
    first.push(firstSum / n / variance)
    total.push(totalSum / (2 * n) / variance)
  }
  return { first, total }
}

/**
 * Sobol indices of the output `y` (one value per design point) for the factors in `factorNames`
 * (the order of the layout's A_B^i blocks). Rows with a non-finite output in any block are dropped.
 */
export function sobolIndices(
  y: ArrayLike<number>,
  layout: SaltelliLayout,
  factorNames: readonly string[],
  options: SobolOptions = {},
): SobolIndex[] {
  const kept = Array.from({ length: layout.n }, (_, j) => j).filter(
    (j) =>
      Number.isFinite(y[layout.a[j]]) &&
      Number.isFinite(y[layout.b[j]]) &&
      layout.ab.every((block) => Number.isFinite(y[block[j]])),
  )
  const pick = (indices: readonly number[]) => Float64Array.from(kept, (j) => y[indices[j]])
  const blocks: Blocks = { a: pick(layout.a), b: pick(layout.b), ab: layout.ab.map(pick) }
  const n = kept.length
  const all = Uint32Array.from({ length: n }, (_, r) => r)
  const point = estimate(blocks, all)
  const resamples = options.resamples ?? 1000
  const draws = factorNames.map(() => ({
    first: new Float64Array(resamples),
    total: new Float64Array(resamples),
  }))
  const random = resampler(options.seed)
  const rows = new Uint32Array(n)
  for (let s = 0; s < resamples; s++) {
    random.resample(rows, n)
    const { first, total } = estimate(blocks, rows)
    draws.forEach((draw, i) => {
      draw.first[s] = first[i]
      draw.total[s] = total[i]
    })
  }
  const tail = (1 - (options.level ?? CONFIDENCE)) / 2
  const interval = (value: number, sample: Float64Array): Interval => {
    const finite = sample.filter(Number.isFinite).sort()
    return {
      estimate: value,
      lower: quantile(finite, tail) ?? Number.NaN,
      upper: quantile(finite, 1 - tail) ?? Number.NaN,
    }
  }
  return factorNames.map((factor, i) => ({
    factor,
    first: interval(point.first[i], draws[i].first),
    total: interval(point.total[i], draws[i].total),
  }))
}
