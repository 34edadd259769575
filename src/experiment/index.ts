// Experiments: experiment files, designs, replicate seeds and their expansion into runs. Public
// API, re-exports only; environment-agnostic (Node-only helpers are in files-node.ts).
export type { ScenarioLoader } from './base-scenario.ts'
export { canonicalJson } from './canonical.ts'
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
export { experimentJsonSchema, experimentJsonSchemaText } from './json-schema.ts'
export { latinHypercube } from './latin-hypercube.ts'
export { fromUnit, levelsOf, type Scale } from './levels.ts'
export { scenarioObservables } from './observables.ts'
export type { DesignFactor, ExpandedDesign, ExpandedExperiment, RunSpec } from './run-spec.ts'
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
export { sha256Hex } from './sha256.ts'
export {
  directionNumbers,
  SOBOL_MAX_DIMENSIONS,
  SOBOL_MAX_INDEX,
  SobolSequence,
  sobolPoints,
} from './sobol.ts'
