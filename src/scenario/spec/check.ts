// Runs a schema node over a value from the outside world: every problem collected, never a throw.
import { formatPath, type Problem } from './problem.ts'
import { type ExpressionChecker, INVALID, type Spec } from './types.ts'

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

export interface CheckOptions {
  /** Checks expression strings (schedules, conditions); without it they are only checked to be non-empty. */
  checkExpression?: ExpressionChecker
}

export function checkValue<T>(
  spec: Spec<T, boolean>,
  input: unknown,
  options: CheckOptions = {},
): CheckResult<T> {
  const problems: Problem[] = []
  const context = {
    report: (path: readonly (string | number)[], message: string) => {
      problems.push({ path: formatPath(path), message })
    },
    checkExpression: options.checkExpression,
  }
  const value = spec.check(input, [], context)
  if (value === INVALID || problems.length > 0) return { ok: false, problems }
  return { ok: true, value }
}
