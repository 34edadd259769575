// Shares of cells that must fit in the grid: the agents of every kind placed on distinct cells
// cannot hold more than all of them, so a scenario whose densities add up to more than 1 is refused
// (the engine would otherwise place fewer agents than asked, silently).

import type { Report } from '../spec/index.ts'
import type { ScheduleValue } from '../spec/schedule.ts'

/** Rounding in the sum (0.7 + 0.3) must not refuse a grid that is exactly full. */
const TOLERANCE = 1e-9

/**
 * The highest value a schedule takes, when it can be known without evaluating an expression: a
 * constant, or the highest of its points (values are linear in between). Undefined for expressions.
 */
export function schedulePeak(value: ScheduleValue): number | undefined {
  if (typeof value === 'number') return value
  if (Array.isArray(value)) return Math.max(...value.map(([, share]) => share))
  return undefined
}

/** Reports at `path` when the named shares of cells add up to more than 1, naming each. */
export function densitiesFit(
  parts: ReadonlyArray<readonly [string, number | undefined]>,
  path: string,
  report: Report,
): void {
  const known = parts.filter((part): part is [string, number] => part[1] !== undefined)
  const sum = known.reduce((total, [, share]) => total + share, 0)
  if (sum <= 1 + TOLERANCE) return
  const terms = known.map(([name, share]) => `${name} ${share}`).join(' + ')
  const rounded = Number(sum.toPrecision(12))
  report(path, `shares of cells add up to ${rounded} (${terms}); together they must be at most 1`)
}
