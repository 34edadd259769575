// The shape of an experiment's analysis: what summary.json holds (non-finite numbers as null) and
// what the browser view draws. Declared once, imported by the analysis, the writers and the figures.
import type { Interval } from './interval.ts'
import type { SurvivalCurve } from './kaplan-meier.ts'
import type { MeanSummary } from './mean-ci.ts'
import type { PairedDifference } from './paired.ts'
import type { PrimBox } from './prim.ts'
import type { Proportion } from './wilson.ts'

export type FactorValues = Record<string, number | string>

export interface GroupSummary {
  /** Values of the grouping factors (every factor, or those of `--by`). */
  factors: FactorValues
  /** Design point index when grouped by point, else null. */
  point: number | null
  arm: string
  runs: number
  /** Runs whose mission exited (exitTick not empty): the runs at risk of a relapse after exit. */
  exited: number
  /** Share of runs whose outcome is "relapse", with its Wilson interval; null without an outcome column. */
  relapse: Proportion | null
  /** Each numeric outcome measure: mean, sd and t interval. */
  measures: Record<string, MeanSummary>
  /** Kaplan–Meier median time to relapse after exit (ticks), over the runs that exited. */
  timeToRelapse: { atRisk: number; events: number; median: SurvivalCurve['median'] } | null
}

export interface DifferenceSummary {
  factors: FactorValues
  point: number | null
  /** `arm − reference`, over pairs of runs sharing point, replicate and seed. */
  arm: string
  reference: string
  /** Paired difference of the relapse indicator (a difference of proportions). */
  relapse: PairedDifference | null
  measures: Record<string, PairedDifference>
}

export interface SurvivalSummary {
  label: string
  factors: FactorValues
  arm: string
  curve: SurvivalCurve
}

export interface FrontierCell {
  /** Factor value, or the midpoint of a bin for a factor with many values. */
  x: number | string
  y: number | string
  relapse: Proportion
}

export interface FrontierSummary {
  xFactor: string
  yFactor: string
  /** True when a factor's values were put into equal-width bins. */
  binned: { x: boolean; y: boolean }
  /** Every level of each axis in order (bins without runs included): the heat map's rows and columns. */
  levels: { x: (number | string)[]; y: (number | string)[] }
  arms: { arm: string; cells: FrontierCell[] }[]
}

export interface SobolOutput {
  /** "relapse" (probability per design point) or a numeric measure (mean per design point). */
  output: string
  arm: string
  indices: { factor: string; first: Interval; total: Interval }[]
}

export interface SobolSummary {
  baseSamples: number
  layout: string
  resamples: number
  bootstrapSeed: number
  outputs: SobolOutput[]
}

export interface DiscoverySummary {
  arm: string
  /** "relapse-common": boxes dense in relapses; "relapse-rare": boxes dense in runs without one. */
  target: 'relapse-common' | 'relapse-rare'
  factorNames: string[]
  alpha: number
  minMass: number
  box: PrimBox
  chosen: number
  trajectory: { coverage: number; density: number; mass: number; n: number; restricted: string[] }[]
}

export interface ExperimentSummary {
  format: 'drawdown-analysis'
  version: 1
  designType: string
  factorNames: string[]
  armNames: string[]
  referenceArm: string | null
  /** The factors groups are formed by; the others are marginalised. */
  groupBy: string[]
  /** The `groupBy` factors with many values, grouped in equal-width bins named by their midpoints. */
  binned: string[]
  runs: number
  confidence: number
  /** How each statistic is computed, in words, so the file explains itself. */
  methods: Record<string, string>
  measures: string[]
  groups: GroupSummary[]
  differences: DifferenceSummary[]
  survival: SurvivalSummary[]
  frontier: FrontierSummary | null
  sobol: SobolSummary | null
  discovery: DiscoverySummary[]
  /** Parts of the analysis that were skipped, with the reason. */
  notes: string[]
}
