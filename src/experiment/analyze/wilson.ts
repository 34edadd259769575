// A proportion with its Wilson score interval (Wilson 1927), which stays inside [0, 1] and keeps
// its coverage near 0 and 1, where the Wald interval fails.
import { type Interval, twoSided } from './interval.ts'
import { normalQuantile } from './quantiles.ts'

export interface Proportion extends Interval {
  successes: number
  n: number
}

/** `successes` out of `n` with its Wilson interval; NaN throughout when n = 0. */
export function wilsonInterval(successes: number, n: number, level?: number): Proportion {
  if (n === 0) return { successes, n, estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN }
  const z = normalQuantile(twoSided(level))
  const p = successes / n
  const z2n = (z * z) / n
  const centre = (p + z2n / 2) / (1 + z2n)
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))
  // Clamp the float noise at the ends: with 0 successes the lower bound is exactly 0.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half)
  const upper = successes === n ? 1 : Math.min(1, centre + half)
  return { successes, n, estimate: p, lower, upper }
}
