// Quantiles of the normal and Student t distributions, from jstat (t quantiles good to about 1e-8;
// simple-statistics' probit is too coarse for confidence intervals).
import jStat from 'jstat'

/** The standard normal quantile: `normalQuantile(0.975)` ≈ 1.959964. */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1)
}

/** The Student t quantile with `df` degrees of freedom: `tQuantile(0.975, 9)` ≈ 2.262157. */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0)) return Number.NaN
  return jStat.studentt.inv(p, df)
}
