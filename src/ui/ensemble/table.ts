// The ensemble as a table: one row per seed, ordered by seed, with the run's drawdown outcome
// flattened into dotted columns (trustAtExit.police, …) and the final value of every observable.
import type { OutcomeSummary } from '../../engine/models/model.ts'

export interface EnsembleRow {
  readonly seed: number
  readonly outcome: OutcomeSummary | null
  /** Observable name → its value at the run's last tick. */
  readonly final: Readonly<Record<string, number>>
}

/** `{ a: { b: 1 } }` → `{ "a.b": 1 }`; null stays null. */
function flatten(value: unknown, prefix: string, into: Record<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into)
  } else into[prefix] = value
}

const field = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** CSV text: `seed`, the outcome's columns, then `final.<observable>` columns. */
export function ensembleCsv(rows: readonly EnsembleRow[]): string {
  const sorted = [...rows].sort((x, y) => x.seed - y.seed)
  const flat = sorted.map((row) => {
    const into: Record<string, unknown> = {}
    if (row.outcome) flatten(row.outcome, '', into)
    for (const [name, value] of Object.entries(row.final)) into[`final.${name}`] = value
    return into
  })
  const names: string[] = []
  for (const record of flat)
    for (const name of Object.keys(record)) if (!names.includes(name)) names.push(name)
  const lines = [['seed', ...names].map(field).join(',')]
  sorted.forEach((row, i) => {
    lines.push([row.seed, ...names.map((name) => flat[i][name])].map(field).join(','))
  })
  return `${lines.join('\n')}\n`
}
