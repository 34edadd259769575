// The CSV lines of a batch's files: runs.csv (one row per finished run), errors.csv (one per failed
// run) and series.csv (tidy rows run_id,tick,<observables>). RFC 4180 quoting, numbers as the
// shortest text that reads back as the same float64 (String(x), with -0 kept), null as an empty cell.
import { csvField, csvNumber } from '../io/csv.ts'
import type { Cell } from './outcome-columns.ts'
import type { RunResult } from './run-result.ts'
import type { RunSpec } from './run-spec.ts'

/** The columns every runs.csv starts with. */
export const RUN_KEY_COLUMNS = ['run_id', 'point', 'arm', 'replicate', 'seed'] as const
export const ERROR_COLUMNS = ['run_id', 'seed', 'message'] as const

export function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return csvNumber(value)
  return csvField(String(value))
}

export const csvLine = (cells: readonly string[]): string => `${cells.join(',')}\n`

export const headerLine = (names: readonly string[]): string => csvLine(names.map(csvField))

export function runsHeader(factorNames: readonly string[], measures: readonly string[]): string {
  return headerLine([...RUN_KEY_COLUMNS, ...factorNames, ...measures])
}

export function runsLine(spec: RunSpec, factorNames: readonly string[], measures: readonly Cell[]): string {
  const keys: Cell[] = [spec.runId, spec.point, spec.arm, spec.replicate, spec.seed]
  const factors = factorNames.map((name) => spec.factors[name] ?? null)
  return csvLine([...keys, ...factors, ...measures].map(csvCell))
}

export function errorLine(runId: number, seed: number, message: string): string {
  return csvLine([csvNumber(runId), csvNumber(seed), csvField(message)])
}

export const seriesHeader = (names: readonly string[]): string => headerLine(['run_id', 'tick', ...names])

/** One run's series rows as one text chunk. */
export function seriesLines(result: RunResult): string {
  const { tickColumn, columns } = result
  const prefix = `${result.runId},`
  let text = ''
  for (let row = 0; row < tickColumn.length; row++) {
    let line = prefix + csvNumber(tickColumn[row])
    for (let i = 0; i < columns.length; i++) line += `,${csvNumber(columns[i][row])}`
    text += `${line}\n`
  }
  return text
}
