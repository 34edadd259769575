// The expression checker validation hands the schema: grammar and allowlist first, then the value
// of a schedule's expression against the schedule's range, so a run cannot fail at tick 0 on it.
import { compileExpression, ExpressionError } from '../expr/index.ts'
import { numberProblem } from './spec/number.ts'
import type { ExpressionChecker } from './spec/types.ts'

/** A schedule always reads its value at the first tick; later ticks are checked as the run reads them. */
const FIRST_TICK = { t: 0 }

export const checkExpression: ExpressionChecker = (source, names, range) => {
  try {
    const expression = compileExpression(source, names)
    if (range === undefined) return undefined
    const constant = expression.names.length === 0
    const value = expression.evaluate(constant ? {} : FIRST_TICK)
    const problem = numberProblem(value, range)
    if (problem === undefined) return undefined
    return constant ? `${problem} (the value of ${JSON.stringify(source)})` : `${problem} at t = 0`
  } catch (error) {
    if (error instanceof ExpressionError) return error.message
    throw error
  }
}
