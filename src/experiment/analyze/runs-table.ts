// runs.csv read into typed run records: the fixed columns, the factor values and the outcome
// measures (numbers, class strings, or null for an empty cell). Pure: text in, records out.
import { csvParseRows } from 'd3'

export type Cell = number | string | null

export interface RunRecord {
  runId: number
  /** Design point index. */
  point: number
  /** Arm name; "" when the experiment has no arms. */
  arm: string
  replicate: number
  seed: number
  factors: Record<string, number | string>
  measures: Record<string, Cell>
}

export interface RunTable {
  factorNames: string[]
  /** Every outcome measure column, in file order. */
  measureNames: string[]
  /** The measures whose non-empty cells are all numbers. */
  numericMeasures: string[]
  runs: RunRecord[]
  /** True when the file ended in a line without its newline and cells (a batch still writing): left out. */
  tornLastLine: boolean
}

/** A problem in runs.csv, with the line it is on (1-based, the header is line 1). */
export class RunsFormatError extends Error {
  override readonly name = 'RunsFormatError'
}

const FIXED = ['run_id', 'point', 'arm', 'replicate', 'seed'] as const

/** A cell as a number when it reads as one (`NaN`, `Infinity` included), else the text; "" is null. */
function readCell(text: string): Cell {
  if (text === '') return null
  const value = Number(text)
  if (!Number.isNaN(value) || text === 'NaN') return value
  return text
}

function wholeNumber(text: string, column: string, line: number): number {
  const value = Number(text)
  if (text === '' || !Number.isSafeInteger(value)) {
    throw new RunsFormatError(`line ${line}: ${column} must be a whole number, got ${JSON.stringify(text)}`)
  }
  return value
}

/**
 * Reads runs.csv. `factorNames` (from the manifest) says which columns after `seed` are factors;
 * the rest are outcome measures.
 */
export function parseRuns(text: string, factorNames: readonly string[]): RunTable {
  const rows = csvParseRows(text)
  if (rows.length === 0) throw new RunsFormatError('line 1: the file is empty (no header)')
  const header = rows[0]
  FIXED.forEach((name, i) => {
    if (header[i] !== name) {
      throw new RunsFormatError(
        `line 1: column ${i + 1} must be ${name}, got ${JSON.stringify(header[i] ?? '')}`,
      )
    }
  })
  for (const name of factorNames) {
    if (!header.includes(name)) throw new RunsFormatError(`line 1: no column for factor ${name}`)
  }
  const factorSet = new Set(factorNames)
  const measureNames = header.slice(FIXED.length).filter((name) => !factorSet.has(name))
  const index = new Map(header.map((name, i) => [name, i]))
  const runs: RunRecord[] = []
  const body = rows.slice(1)
  // A batch appends whole lines; a last line without its newline and short of cells is one being written.
  const tornLastLine =
    !text.endsWith('\n') && body.length > 0 && body[body.length - 1].length !== header.length
  if (tornLastLine) body.pop()
  body.forEach((row, i) => {
    const line = i + 2
    if (row.length === 1 && row[0] === '') return
    if (row.length !== header.length) {
      throw new RunsFormatError(`line ${line}: ${row.length} cells, the header has ${header.length}`)
    }
    const factors: Record<string, number | string> = {}
    for (const name of factorNames) {
      const cell = readCell(row[index.get(name)!])
      if (cell === null) throw new RunsFormatError(`line ${line}: factor ${name} is empty`)
      factors[name] = cell
    }
    const measures: Record<string, Cell> = {}
    for (const name of measureNames) measures[name] = readCell(row[index.get(name)!])
    runs.push({
      runId: wholeNumber(row[0], 'run_id', line),
      point: wholeNumber(row[1], 'point', line),
      arm: row[2],
      replicate: wholeNumber(row[3], 'replicate', line),
      seed: wholeNumber(row[4], 'seed', line),
      factors,
      measures,
    })
  })
  const numericMeasures = measureNames.filter((name) =>
    runs.every((run) => run.measures[name] === null || typeof run.measures[name] === 'number'),
  )
  return { factorNames: [...factorNames], measureNames, numericMeasures, runs, tornLastLine }
}
