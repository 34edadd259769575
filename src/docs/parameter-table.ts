// The ODD's parameter tables: path, meaning, unit, default, range, and the source or reason of the
// default, from the schema (src/scenario/schema/) and the sources (src/scenario/sources/).
import { code, markdownTable } from './markdown.ts'
import type { ParameterRow } from './parameter-rows.ts'

const sentence = (text: string) => text.replace(/\.$/, '')

function meaning(row: ParameterRow): string {
  const marks = [row.type === 'schedule' ? 'schedule' : '', row.startOnly ? '_start_' : ''].filter(Boolean)
  const text = sentence(row.description ?? row.label ?? '')
  return marks.length === 0 ? text : `${text} (${marks.join(', ')})`
}

function value(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : code(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return code(JSON.stringify(value))
}

export function defaultOf(row: ParameterRow): string {
  if ('default' in row) return value(row.default)
  return row.optional ? 'none' : 'required'
}

export function rangeOf(row: ParameterRow): string {
  const { min, max, exclusiveMin, exclusiveMax } = row
  const parts: string[] = []
  if (min !== undefined && max !== undefined && !exclusiveMin && !exclusiveMax) parts.push(`${min} to ${max}`)
  else {
    if (min !== undefined) parts.push(`${exclusiveMin ? '>' : '≥'} ${min}`)
    if (max !== undefined) parts.push(`${exclusiveMax ? '<' : '≤'} ${max}`)
  }
  const numbers = parts.join(', ')
  const whole = row.type === 'integer' ? (numbers === '' ? 'whole number' : `whole, ${numbers}`) : numbers
  const options = (row.options ?? []).map((option) => value(option)).join(', ')
  switch (row.type) {
    case 'boolean':
      return 'true or false'
    case 'enum':
    case 'literal':
      return options
    default:
      return [whole, options].filter(Boolean).join(' or ')
  }
}

export interface TableOptions {
  /** Source or reason by path (`path (branch)` for a branch's field); no column when absent. */
  sources?: Readonly<Record<string, string>>
  /** Cells that replace the computed default, by path (for fields whose default differs by kind). */
  defaults?: Readonly<Record<string, string>>
  ranges?: Readonly<Record<string, string>>
}

export const sourceKey = (row: ParameterRow) => (row.branch ? `${row.path} (${row.branch})` : row.path)

/** The table of `rows`; a Kind column appears when some row belongs to one branch of a list item. */
export function parameterTable(rows: readonly ParameterRow[], options: TableOptions = {}): string {
  const branches = rows.some((row) => row.branch !== undefined)
  const { sources } = options
  const header = [
    'Parameter',
    ...(branches ? ['Kind'] : []),
    'Meaning',
    'Unit',
    'Default',
    'Range',
    ...(sources ? ['Source or reason'] : []),
  ]
  const body = rows.map((row) => [
    code(row.path),
    ...(branches ? [row.branch ? code(row.branch) : 'all'] : []),
    meaning(row),
    row.unit ?? '',
    options.defaults?.[row.path] ?? defaultOf(row),
    options.ranges?.[row.path] ?? rangeOf(row),
    ...(sources ? [sources[sourceKey(row)] ?? ''] : []),
  ])
  return markdownTable(header, body)
}
