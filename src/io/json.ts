// Observables as JSON: NDJSON (one row object per line) and a JSON array of row objects (one per
// line, so it diffs well). Keys are `tick`, then the observables in the given order. JSON has no
// NaN or Infinity: those values are written as null.
import { type Columns, forEachRow, formatNumber, type TableOptions } from './table.ts'

function rowLines(columns: Columns, names: readonly string[], options: TableOptions): string[] {
  const keys = names.map((name) => `,${JSON.stringify(name)}:`)
  const lines: string[] = []
  forEachRow(columns, names, options, (tick, values) => {
    let line = `{"tick":${tick}`
    for (let i = 0; i < keys.length; i++) line += keys[i] + (formatNumber(values[i]) ?? 'null')
    lines.push(`${line}}`)
  })
  return lines
}

/** Newline-delimited JSON: one row object per line, each ending in `\n`. */
export function toNdjson(columns: Columns, names: readonly string[], options: TableOptions = {}): string {
  return rowLines(columns, names, options)
    .map((line) => `${line}\n`)
    .join('')
}

/** A JSON array of row objects, one per line, ending in `\n`. */
export function toJson(columns: Columns, names: readonly string[], options: TableOptions = {}): string {
  const lines = rowLines(columns, names, options)
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`
}
