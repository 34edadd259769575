// Kaplan–Meier survival curve of time to relapse, with Greenwood's variance, log-log pointwise
// intervals and the median with its Brookmeyer–Crowley interval (the times whose band holds 0.5).
import { twoSided } from './interval.ts'
import type { SurvivalObservation } from './measures.ts'
import { normalQuantile } from './quantiles.ts'

export interface SurvivalStep {
  time: number
  /** Runs still at risk just before `time`. */
  atRisk: number
  events: number
  censored: number
  /** S(time): the probability of no relapse up to and including `time`. */
  survival: number
  /** Greenwood standard error of S(time). */
  standardError: number
  /** Pointwise interval on the log(−log S) scale (Kalbfleisch–Prentice), transformed back. */
  lower: number
  upper: number
}

export interface SurvivalCurve {
  n: number
  events: number
  /** One step per distinct time with an event or a censoring, in time order. */
  steps: SurvivalStep[]
  /**
   * Median time to relapse: the first time S ≤ 0.5. Null estimate when S stays above 0.5; null
   * bounds when the band never falls to 0.5 (the interval is open above).
   */
  median: { estimate: number | null; lower: number | null; upper: number | null }
}

/** The Kaplan–Meier estimate for the observations (events and censorings at a tie: events first). */
export function kaplanMeier(observations: readonly SurvivalObservation[], level?: number): SurvivalCurve {
  const z = normalQuantile(twoSided(level))
  const sorted = [...observations].sort((a, b) => a.time - b.time)
  const steps: SurvivalStep[] = []
  let atRisk = sorted.length
  let survival = 1
  let greenwood = 0
  for (let i = 0; i < sorted.length; ) {
    const time = sorted[i].time
    let events = 0
    let censored = 0
    for (; i < sorted.length && sorted[i].time === time; i++) {
      if (sorted[i].event) events++
      else censored++
    }
    if (events > 0) {
      survival *= 1 - events / atRisk
      greenwood += events < atRisk ? events / (atRisk * (atRisk - events)) : Number.POSITIVE_INFINITY
    }
    steps.push({ time, atRisk, events, censored, survival, ...band(survival, greenwood, z) })
    atRisk -= events + censored
  }
  const events = sorted.filter((observation) => observation.event).length
  return { n: sorted.length, events, steps, median: medianOf(steps) }
}

function band(survival: number, greenwood: number, z: number) {
  const standardError = survival * Math.sqrt(greenwood)
  if (survival === 1 || greenwood === 0) return { standardError: 0, lower: survival, upper: survival }
  if (survival === 0 || !Number.isFinite(greenwood)) return { standardError: 0, lower: 0, upper: 0 }
  const logSurvival = Math.log(survival)
  const spread = (z * Math.sqrt(greenwood)) / Math.abs(logSurvival)
  const centre = Math.log(-logSurvival)
  // S = exp(−exp(u)): the larger u, the smaller S.
  return {
    standardError,
    lower: Math.exp(-Math.exp(centre + spread)),
    upper: Math.exp(-Math.exp(centre - spread)),
  }
}

const firstAtOrBelowHalf = (steps: readonly SurvivalStep[], pick: (step: SurvivalStep) => number) =>
  steps.find((step) => pick(step) <= 0.5)?.time ?? null

function medianOf(steps: readonly SurvivalStep[]): SurvivalCurve['median'] {
  return {
    estimate: firstAtOrBelowHalf(steps, (step) => step.survival),
    // The earliest plausible median is where even the band's lower edge has fallen to one half.
    lower: firstAtOrBelowHalf(steps, (step) => step.lower),
    upper: firstAtOrBelowHalf(steps, (step) => step.upper),
  }
}
