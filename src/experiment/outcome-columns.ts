// The outcome measures of runs.csv: an OutcomeSummary flattened to dotted names (nested objects
// one level per dot), in the summary's own key order, so a field added to the summary becomes a
// column with no change here. A group that is null before the drawdown (trust at exit, …) still
// needs its columns in the header: GROUP_KEYS names them.
import type { OutcomeSummary } from '../engine/models/model.ts'

export type Cell = number | string | boolean | null

/**
 * Keys of the outcome groups that can be null, so that their columns exist whatever the first run
 * did. A new nullable group of the summary needs an entry here; a run whose summary has a column
 * the header lacks fails with a message saying so (see checkColumns).
 */
export const GROUP_KEYS: Readonly<Record<string, readonly string[]>> = {
  trustAtExit: ['police', 'military', 'peacekeepers'],
  ownedCapacityAtExit: ['police', 'military'],
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Dotted name → value; a null group gives a null for each of its GROUP_KEYS. */
export function flattenOutcome(summary: OutcomeSummary): Map<string, Cell> {
  const out = new Map<string, Cell>()
  for (const [key, value] of Object.entries(summary)) {
    if (isGroup(value)) {
      for (const [inner, innerValue] of Object.entries(value)) out.set(`${key}.${inner}`, innerValue as Cell)
    } else if (value === null && GROUP_KEYS[key]) {
      for (const inner of GROUP_KEYS[key]) out.set(`${key}.${inner}`, null)
    } else out.set(key, value as Cell)
  }
  return out
}

/** The measure columns for a batch whose first finished run has this summary (null: final.<observable>). */
export function measureColumns(summary: OutcomeSummary | null, observables: readonly string[]): string[] {
  if (summary === null) return observables.map((name) => `final.${name}`)
  return [...flattenOutcome(summary).keys()]
}

/** Thrown when a run's measures do not fit the header the batch already wrote. */
export class ColumnMismatchError extends Error {
  override readonly name = 'ColumnMismatchError'
}

/** The run's measure cells in header order; throws ColumnMismatchError if a column is new or missing. */
export function measureCells(
  columns: readonly string[],
  summary: OutcomeSummary | null,
  names: readonly string[],
  final: ArrayLike<number>,
): Cell[] {
  const values = new Map<string, Cell>()
  if (summary === null) {
    for (let i = 0; i < names.length; i++) values.set(`final.${names[i]}`, final[i])
  } else for (const [key, value] of flattenOutcome(summary)) values.set(key, value)
  const extra = [...values.keys()].filter((key) => !columns.includes(key))
  const missing = columns.filter((column) => !values.has(column))
  if (extra.length > 0 || missing.length > 0) {
    const parts = [
      extra.length > 0 ? `measures not in runs.csv's header: ${extra.join(', ')}` : '',
      missing.length > 0 ? `measures missing: ${missing.join(', ')}` : '',
    ]
    throw new ColumnMismatchError(parts.filter(Boolean).join('; '))
  }
  return columns.map((column) => values.get(column) ?? null)
}
