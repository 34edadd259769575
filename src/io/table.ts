// Observable columns read as rows: the row count, each row's tick, and numbers written so they
// read back bit for bit. Shared by every writer; no Node or DOM APIs, the browser uses it too.

/** Observable columns keyed by name, as `Simulation.observables()` returns them. */
export type Columns = Readonly<Record<string, ArrayLike<number>>>

export interface TableOptions {
  /** The tick of the first row (default 0): pass `from` when the columns came from `observables(from)`. */
  firstTick?: number
}

/** The number of rows; every named column must exist and have the same length. */
export function rowCount(columns: Columns, names: readonly string[]): number {
  if (names.length === 0) return 0
  const rows = columnOf(columns, names[0]).length
  for (const name of names) {
    const length = columnOf(columns, name).length
    if (length !== rows) {
      throw new RangeError(`column "${name}" has ${length} rows, "${names[0]}" has ${rows}`)
    }
  }
  return rows
}

function columnOf(columns: Columns, name: string): ArrayLike<number> {
  const column = Object.hasOwn(columns, name) ? columns[name] : undefined
  if (column === undefined) throw new RangeError(`no column named "${name}"`)
  return column
}

/**
 * A float64 as the shortest text that reads back as the same number (`String` already is; `-0`
 * keeps its sign). Whole numbers have no `.0`. NaN and ±Infinity come back as `undefined`: each
 * format decides how to write a missing value.
 */
export function formatNumber(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined
  return Object.is(value, -0) ? '-0' : String(value)
}

/** Calls `visit(tick, values)` for each row; `values` is reused between rows. */
export function forEachRow(
  columns: Columns,
  names: readonly string[],
  options: TableOptions,
  visit: (tick: number, values: readonly number[]) => void,
): void {
  const rows = rowCount(columns, names)
  const firstTick = options.firstTick ?? 0
  const picked = names.map((name) => columns[name])
  const values = new Array<number>(names.length)
  for (let row = 0; row < rows; row++) {
    for (let i = 0; i < picked.length; i++) values[i] = picked[i][row]
    visit(firstTick + row, values)
  }
}
