// Runs grouped into cells of the design (one per design point, or per combination of the `--by`
// factors, marginalising the others) and, within a cell, by arm.
import { factorLevels } from './factor-levels.ts'
import type { RunRecord, RunTable } from './runs-table.ts'

export interface Group {
  /** Identifies the cell: the values of the grouping factors (shared by the cell's arms). */
  cellKey: string
  /** Values of the grouping factors (a bin's midpoint for a binned factor). */
  factors: Record<string, number | string>
  arm: string
  runs: RunRecord[]
}

/** Thrown when `--by` names a factor the experiment does not have. */
export class UnknownFactorError extends Error {
  override readonly name = 'UnknownFactorError'
}

/**
 * The groups in order of first appearance (point-major, as runs.csv is). `by` defaults to every
 * factor; a `by` factor with many values is binned (factor-levels.ts).
 */
export function groupRuns(table: RunTable, by?: readonly string[], sampled = false): Group[] {
  for (const name of by ?? []) {
    if (!table.factorNames.includes(name)) {
      const known = table.factorNames.length > 0 ? table.factorNames.join(', ') : 'none'
      throw new UnknownFactorError(`unknown factor ${JSON.stringify(name)}; factors: ${known}`)
    }
  }
  const grouping = by ?? table.factorNames
  const levels = grouping.map((name) =>
    by === undefined ? (value: number | string) => value : factorLevels(table.runs, name, sampled).level,
  )
  const groups = new Map<string, Group>()
  for (const run of table.runs) {
    const factors = Object.fromEntries(grouping.map((name, i) => [name, levels[i](run.factors[name])]))
    // Without --by every design point is its own cell, even when two points share factor values.
    const cellKey =
      by === undefined ? `point ${run.point}` : JSON.stringify(grouping.map((name) => factors[name]))
    const key = JSON.stringify([cellKey, run.arm])
    let group = groups.get(key)
    if (group === undefined) {
      group = { cellKey, factors, arm: run.arm, runs: [] }
      groups.set(key, group)
    }
    group.runs.push(run)
  }
  return [...groups.values()]
}

/** The groups by cell, each cell's groups in arm order. */
export function cellsOf(groups: readonly Group[]): Group[][] {
  const cells = new Map<string, Group[]>()
  for (const group of groups) {
    const cell = cells.get(group.cellKey) ?? []
    cell.push(group)
    cells.set(group.cellKey, cell)
  }
  return [...cells.values()]
}

/** The `by` factors that grouping bins. */
export const binnedFactors = (table: RunTable, by: readonly string[], sampled = false) =>
  by.filter((name) => factorLevels(table.runs, name, sampled).binned)
