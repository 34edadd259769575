// The scenario schema DSL: public API, re-exports only.
export { array } from './array.ts'
export { boolean } from './boolean.ts'
export { type CheckOptions, type CheckResult, checkValue } from './check.ts'
export { type DiscriminatedSpec, discriminatedUnion } from './discriminated.ts'
export { enumOf } from './enum.ts'
export { expression } from './expression.ts'
export { type JsonValue, json } from './json.ts'
export { literal } from './literal.ts'
export { integer, type NumberSpec, number } from './number.ts'
export {
  type ObjectOutput,
  type ObjectSpec,
  object,
  type Refinement,
  type Report,
  type Shape,
} from './object.ts'
export { optional } from './optional.ts'
export { listLeaves, type ParameterInfo } from './parameters.ts'
export { formatPath, formatProblem, type Path, type Problem, ScenarioError } from './problem.ts'
export { type RecordSpec, record } from './record.ts'
export { type Resolved, resolvePath } from './resolve.ts'
export { checkSchedule, SCHEDULE_NAMES, type ScheduleValue, schedule } from './schedule.ts'
export { type StringOptions, string } from './string.ts'
export { didYouMean, editDistance, suggest } from './suggest.ts'
export { JSON_SCHEMA_DRAFT_07, type SchemaHeader, toJsonSchema } from './to-json-schema.ts'
export type { AnySpec, ExpressionChecker, Infer, JsonSchema, LeafInfo, Meta, Spec } from './types.ts'
export { union } from './union.ts'
