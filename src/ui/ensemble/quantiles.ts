// Quantile bands across runs, tick by tick: the 5th, 25th, 50th, 75th and 95th percentiles.
import type { Quantiles } from '../charts/bands.ts'

/** The p-quantile of sorted values, interpolating linearly between ranks (R-7, as d3 and numpy). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const rank = (n - 1) * p
  const below = Math.floor(rank)
  const above = Math.min(n - 1, below + 1)
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below)
}

/** Bands over the ticks every run reached; each run's row i is tick i. */
export function quantileBands(runs: readonly ArrayLike<number>[]): Quantiles {
  const length = runs.length === 0 ? 0 : Math.min(...runs.map((run) => run.length))
  const out: Quantiles = {
    q05: new Float64Array(length),
    q25: new Float64Array(length),
    median: new Float64Array(length),
    q75: new Float64Array(length),
    q95: new Float64Array(length),
  }
  const values = new Float64Array(runs.length)
  for (let t = 0; t < length; t++) {
    for (let r = 0; r < runs.length; r++) values[r] = runs[r][t]
    values.sort()
    out.q05[t] = quantileOfSorted(values, 0.05)
    out.q25[t] = quantileOfSorted(values, 0.25)
    out.median[t] = quantileOfSorted(values, 0.5)
    out.q75[t] = quantileOfSorted(values, 0.75)
    out.q95[t] = quantileOfSorted(values, 0.95)
  }
  return out
}
