// Plain-text tables for a terminal: a header, a rule, columns padded to their widest cell, text
// left-aligned and numbers right-aligned.

export interface TextColumn {
  title: string
  align?: 'left' | 'right'
}

export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.title.length, ...rows.map((row) => row[i].length)),
  )
  const pad = (text: string, i: number) =>
    columns[i].align === 'right' ? text.padStart(widths[i]) : text.padEnd(widths[i])
  const line = (cells: readonly string[]) => cells.map(pad).join('  ').trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)]
    .map((text) => `${text}\n`)
    .join('')
}

/** A number in at most `digits` significant digits, without exponent for everyday sizes. */
export function formatValue(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value)
  const magnitude = Math.abs(value)
  if (magnitude >= 10 ** digits || magnitude < 1e-3) return value.toPrecision(digits)
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(magnitude)))
  return value.toFixed(Math.min(decimals, 6))
}

/** "0.42 [0.31, 0.55]" */
export function formatInterval(
  interval: { estimate: number | null; lower: number | null; upper: number | null } | null | undefined,
  digits = 3,
): string {
  if (!interval) return '–'
  const lower = interval.lower === null ? '–' : formatValue(interval.lower, digits)
  const upper = interval.upper === null ? '∞' : formatValue(interval.upper, digits)
  return `${formatValue(interval.estimate, digits)} [${lower}, ${upper}]`
}

/** A factor level as a short label: 0.8, 3, 0.3333. */
export const levelLabel = (value: number | string) =>
  typeof value === 'number' ? String(Number(value.toPrecision(4))) : value
