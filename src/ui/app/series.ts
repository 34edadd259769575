// A run's observable columns as the page keeps them: append-only and never changed in place.
// Appending returns a new Series; older Series values stay valid because rows already written
// never change (the buffer is shared only while nobody else has appended to it).

export interface Series {
  readonly names: readonly string[]
  /** Rows held: ticks 0 … length − 1. */
  readonly length: number
  readonly store: SeriesStore
}

interface SeriesStore {
  readonly columns: Float64Array[]
  /** Rows written to the buffers; a Series may append in place only when it owns every one of them. */
  filled: number
}

export function emptySeries(names: readonly string[]): Series {
  return { names, length: 0, store: { columns: names.map(() => new Float64Array(64)), filled: 0 } }
}

/** A series with `rows` rows of `chunk` appended (columns by name; missing names are an error). */
export function appendRows(series: Series, chunk: Readonly<Record<string, ArrayLike<number>>>): Series {
  const first = series.names[0]
  const rows = first === undefined ? 0 : (chunk[first]?.length ?? 0)
  if (rows === 0) return series
  let { store } = series
  const length = series.length + rows
  const capacity = store.columns[0]?.length ?? 0
  if (store.filled !== series.length || length > capacity) {
    const grown = Math.max(64, capacity * 2, length)
    store = {
      columns: store.columns.map((column) => {
        const copy = new Float64Array(grown)
        copy.set(column.subarray(0, series.length))
        return copy
      }),
      filled: series.length,
    }
  }
  series.names.forEach((name, i) => {
    const values = chunk[name]
    if (values === undefined || values.length !== rows) throw new RangeError(`rows for "${name}" are missing`)
    store.columns[i].set(values, series.length)
  })
  store.filled = length
  return { names: series.names, length, store }
}

/** The column named `name` (a view of `length` rows), or undefined. */
export function column(series: Series, name: string): Float64Array | undefined {
  const index = series.names.indexOf(name)
  return index < 0 ? undefined : series.store.columns[index].subarray(0, series.length)
}

/** Every column by name, as the writers in src/io take them. */
export function columns(series: Series): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {}
  series.names.forEach((name, i) => {
    out[name] = series.store.columns[i].subarray(0, series.length)
  })
  return out
}
