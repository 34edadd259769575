// The public API of the experiment analysis: pure functions, the same in Node and the browser.
export { type AnalysisOptions, analyzeExperiment, SAMPLED_DESIGNS } from './analyze.ts'
export { BOOTSTRAP_SEED } from './bootstrap.ts'
export { BINS, MAX_LEVELS } from './factor-levels.ts'
export {
  analysisFigures,
  type Figure,
  forestPlot,
  frontierHeatMap,
  sobolBars,
  survivalCurves,
} from './figures/index.ts'
export { UnknownFactorError } from './groups.ts'
export { CONFIDENCE, type Interval } from './interval.ts'
export { kaplanMeier, type SurvivalCurve, type SurvivalStep } from './kaplan-meier.ts'
export { ManifestFormatError, type ManifestInfo, readManifest } from './manifest.ts'
export { type MeanSummary, meanInterval } from './mean-ci.ts'
export { type SurvivalObservation, survivalObservation } from './measures.ts'
export { METHODS } from './methods.ts'
export { type PairedDifference, pairedDifference } from './paired.ts'
export { type PrimBox, type PrimOptions, type PrimResult, prim } from './prim.ts'
export { parseRuns, type RunRecord, RunsFormatError, type RunTable } from './runs-table.ts'
export { findSaltelliLayout, type SaltelliLayout } from './saltelli-layout.ts'
export { type SobolIndex, sobolIndices } from './sobol-indices.ts'
export { summaryCsv } from './summary-csv.ts'
export { SIGNIFICANT_DIGITS, summaryJson, summaryNumber } from './summary-json.ts'
export { summaryTable } from './summary-table.ts'
export type * from './summary-types.ts'
export { type Proportion, wilsonInterval } from './wilson.ts'
