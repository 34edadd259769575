// Experiments: experiment files, designs, replicate seeds and their expansion into runs. Public
// API, re-exports only; environment-agnostic (Node-only helpers are in files-node.ts).
export type { ScenarioLoader } from './base-scenario.ts'
// The batch runner and the results store (environment-agnostic; the Node batch with its journal
// and files is in batch-node.ts).
export { type ByteSink, MemorySink } from './byte-sink.ts'
export { canonicalJson } from './canonical.ts'
export { ERROR_COLUMNS, RUN_KEY_COLUMNS } from './csv-tables.ts'
export {
  type DesignPoints,
  designPoints,
  type FactorValue,
  factorLevels,
  type PlannedFactor,
} from './design.ts'
export { type DesignType, designTypeOf } from './design-rules.ts'
export { isExperimentInput } from './detect.ts'
export { type ExperimentResult, expandExperiment, validateExperiment } from './expand.ts'
export { filesLoader, resolveRelative } from './files-browser.ts'
export { experimentJsonSchema, experimentJsonSchemaText } from './json-schema.ts'
export { latinHypercube } from './latin-hypercube.ts'
export { fromUnit, levelsOf, type Scale } from './levels.ts'
export { scenarioObservables } from './observables.ts'
export { flattenOutcome, GROUP_KEYS, measureColumns } from './outcome-columns.ts'
export { performRun, recordedNames, resultBuffers } from './perform-run.ts'
export { type BatchProgress, progressAt } from './progress.ts'
export { ResultStore, type StoreSinks, type StoreSummary } from './results-store.ts'
export type { RecordSpec, RunRecord, RunResult } from './run-result.ts'
export type { DesignFactor, ExpandedDesign, ExpandedExperiment, RunSpec } from './run-spec.ts'
export { type BatchOptions, type BatchTotals, failureMessage, runBatch } from './runner.ts'
export {
  SALTELLI_MAX_FACTORS,
  type SaltelliBlock,
  type SaltelliRow,
  saltelliLayout,
  saltelliPointIndex,
  saltelliUnitPoints,
} from './saltelli.ts'
export { type Arm, type ExperimentFile, experimentSpec, type Factor } from './schema.ts'
export { deriveSeeds, designStream } from './seeds.ts'
export { ROW_GROUP_ROWS, SeriesParquetWriter } from './series-parquet.ts'
export { sha256Hex } from './sha256.ts'
export {
  directionNumbers,
  SOBOL_MAX_DIMENSIONS,
  SOBOL_MAX_INDEX,
  SobolSequence,
  sobolPoints,
} from './sobol.ts'
