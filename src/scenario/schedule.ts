// Schedules for the engine: a scenario's schedule value compiled once into `at(tick)`, with points
// interpolated linearly and expressions in t evaluated by the restricted expression compiler.
import { compileExpression, ExpressionError } from '../expr/index.ts'
import { formatPath, type Path, type Problem, ScenarioError } from './spec/problem.ts'
import { checkSchedule, SCHEDULE_NAMES, type ScheduleValue } from './spec/schedule.ts'
import { INVALID } from './spec/types.ts'

export type { ScheduleValue }

export interface Schedule {
  /** The value never changes, so it may be read once. */
  readonly constant: boolean
  /** The value at `tick`; expressions see it as t. */
  at(tick: number): number
}

const constantSchedule = (value: number): Schedule => ({ constant: true, at: () => value })

/** Held at the first value before the first point and at the last after the last; linear between. */
function pointSchedule(points: ReadonlyArray<readonly [number, number]>): Schedule {
  const ticks = Float64Array.from(points, ([tick]) => tick)
  const values = Float64Array.from(points, ([, value]) => value)
  if (values.every((value) => value === values[0])) return constantSchedule(values[0])
  const last = ticks.length - 1
  return {
    constant: false,
    at(tick) {
      if (tick <= ticks[0]) return values[0]
      if (tick >= ticks[last]) return values[last]
      let low = 0 // ticks[low] <= tick < ticks[high]
      let high = last
      while (high - low > 1) {
        const middle = (low + high) >> 1
        if (ticks[middle] <= tick) low = middle
        else high = middle
      }
      const fraction = (tick - ticks[low]) / (ticks[high] - ticks[low])
      return values[low] + fraction * (values[high] - values[low])
    },
  }
}

function expressionSchedule(source: string, fieldPath: string): Schedule {
  try {
    const expression = compileExpression(source, SCHEDULE_NAMES)
    if (expression.names.length === 0) return constantSchedule(expression.evaluate({}))
    const scope = { t: 0 } // reused: reading a schedule allocates nothing of ours
    return {
      constant: false,
      at(tick) {
        scope.t = tick
        return expression.evaluate(scope)
      },
    }
  } catch (error) {
    if (error instanceof ExpressionError)
      throw new ScenarioError([{ path: fieldPath, message: error.message }])
    throw error
  }
}

/**
 * Compiles a validated schedule value; `fieldPath` (e.g. `model.legitimacy`) names it in errors.
 * Values of expressions are not range-checked here: the engine checks them as it reads them.
 */
export function compileSchedule(value: ScheduleValue, fieldPath: string): Schedule {
  const problems: Problem[] = []
  const report = (path: Path, message: string) => problems.push({ path: formatPath(path), message })
  const checked = checkSchedule(value, {}, [fieldPath], { report })
  if (checked === INVALID) throw new ScenarioError(problems)
  if (typeof checked === 'number') return constantSchedule(checked)
  if (typeof checked === 'string') return expressionSchedule(checked, fieldPath)
  return pointSchedule(checked)
}
