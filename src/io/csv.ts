// Observables as CSV (RFC 4180): a `tick` column, then one column per observable in the given
// order; numbers round-trip exactly. NaN and ±Infinity are written as `NaN`, `Infinity`, `-Infinity`,
// which pandas, R and polars read as such.
import { type Columns, forEachRow, formatNumber, type TableOptions } from './table.ts'

const needsQuotes = /[",\r\n]/

export function csvField(text: string): string {
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const csvNumber = (value: number): string => formatNumber(value) ?? String(value)

/** CSV text with a header line and one line per row, each ending in `\n`. */
export function toCsv(columns: Columns, names: readonly string[], options: TableOptions = {}): string {
  const lines = [['tick', ...names].map(csvField).join(',')]
  forEachRow(columns, names, options, (tick, values) => {
    lines.push(`${tick},${values.map(csvNumber).join(',')}`)
  })
  return `${lines.join('\n')}\n`
}
