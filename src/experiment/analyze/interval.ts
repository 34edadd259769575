// An estimate with its confidence interval, the shape every statistic of the analysis reports.

export interface Interval {
  estimate: number
  lower: number
  upper: number
}

/** Confidence level of every interval in the analysis. */
export const CONFIDENCE = 0.95

/** The upper tail probability of a two-sided interval at `level`: 0.975 for 95%. */
export const twoSided = (level: number = CONFIDENCE) => 1 - (1 - level) / 2
