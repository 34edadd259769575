// Observables collected once per tick into named columns (tick 0 is the initial state). Columns
// start small and grow by doubling, so memory follows the ticks actually run, not the horizon
// asked for, and recording a row allocates only O(log ticks) times over a run.

export interface ObservableTable {
  readonly names: readonly string[]
  length: number
  columns: Float64Array[]
}

/** Rows reserved up front at most: a long horizon is not paid for before it is reached. */
export const INITIAL_ROWS = 1024

export function makeTable(names: readonly string[], expectedRows: number): ObservableTable {
  const capacity = Math.min(INITIAL_ROWS, Math.max(16, expectedRows))
  return { names, length: 0, columns: names.map(() => new Float64Array(capacity)) }
}

/** Appends one row; `row[i]` belongs to `names[i]`. */
export function appendRow(table: ObservableTable, row: ArrayLike<number>): void {
  const { columns } = table
  if (table.length === columns[0]?.length) {
    for (let i = 0; i < columns.length; i++) {
      const grown = new Float64Array(columns[i].length * 2)
      grown.set(columns[i])
      columns[i] = grown
    }
  }
  for (let i = 0; i < columns.length; i++) columns[i][table.length] = row[i]
  table.length++
}

/** Trimmed copies of the recorded columns, from row `from` on, keyed by name. */
export function readColumns(table: ObservableTable, from = 0): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {}
  const start = Math.min(Math.max(0, from), table.length)
  table.names.forEach((name, i) => {
    out[name] = table.columns[i].slice(start, table.length)
  })
  return out
}

/** The values of row `index` keyed by name. */
export function readRow(table: ObservableTable, index: number): Record<string, number> {
  const out: Record<string, number> = {}
  table.names.forEach((name, i) => {
    out[name] = table.columns[i][index]
  })
  return out
}
