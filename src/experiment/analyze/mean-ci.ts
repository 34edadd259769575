// Mean, sample standard deviation and a t-based confidence interval of one numeric measure.
import { deviation, mean } from 'd3'
import { type Interval, twoSided } from './interval.ts'
import { tQuantile } from './quantiles.ts'

export interface MeanSummary extends Interval {
  /** Number of finite values. */
  n: number
  /** Sample standard deviation (n − 1); NaN when n < 2. */
  sd: number
}

/** Summary of the finite values; the interval is mean ± t(0.975, n−1)·sd/√n (NaN bounds when n < 2). */
export function meanInterval(values: Iterable<number>, level?: number): MeanSummary {
  const finite = Array.from(values).filter(Number.isFinite)
  const n = finite.length
  const estimate = mean(finite) ?? Number.NaN
  const sd = deviation(finite) ?? Number.NaN
  // Constant samples: sd is 0 and the interval collapses onto the mean, as it should.
  const half = n >= 2 ? tQuantile(twoSided(level), n - 1) * (sd / Math.sqrt(n)) : Number.NaN
  return { n, estimate, sd, lower: estimate - half, upper: estimate + half }
}
