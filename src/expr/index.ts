// The restricted expression language of scenarios: public API, re-exports only.
export { FUNCTIONS as EXPRESSION_FUNCTIONS } from './allowlist.ts'
export {
  type CompiledExpression,
  compileExpression,
  expressionProblem,
  MAX_EXPRESSION_LENGTH,
} from './compile.ts'
export { ExpressionError } from './error.ts'
