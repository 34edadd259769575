// Golden series: a short seeded run of each library scenario, reduced to the SHA-256 of its
// observables as CSV and of its events as NDJSON, plus its last row written exactly. A change in
// any number of any tick changes the record. `npm run golden` rewrites the committed records.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { eventLines } from '../../src/cli/event-log.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { toCsv } from '../../src/io/csv.ts'
import type { Columns } from '../../src/io/table.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const GOLDEN_DIR = fileURLToPath(new URL('./', import.meta.url))

/** Ticks of each golden run: long enough for every system to act, short enough to stay cheap. */
export const GOLDEN_TICKS = 40

export interface GoldenRecord {
  scenario: string
  seed: number
  ticks: number
  observables: { sha256: string; rows: number; columns: string[] }
  events: { sha256: string; count: number }
  /** The last row, each number as it round-trips; NaN or ±Infinity as text. */
  last: Record<string, number | string>
  outcome: unknown
}

/** Row `row` with finite numbers as they are (JSON writes them so they read back bit for bit). */
function rowOf(columns: Columns, names: readonly string[], row: number): Record<string, number | string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = columns[name][row]
      return [name, Number.isFinite(value) ? value : String(value)]
    }),
  )
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The library's scenario files, schema.json aside, by name. */
export function libraryScenarios(): string[] {
  return readdirSync(`${ROOT}scenarios`)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => name.replace(/\.json$/, ''))
    .sort()
}

/** The golden record of a library scenario, made now (`seed`: another seed than the scenario's). */
export function goldenRecord(name: string, seed?: number): GoldenRecord {
  const file = `scenarios/${name}.json`
  const scenario = parseScenario(JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8')))
  const simulation = createSimulation(scenario, seed ?? scenario.seed)
  simulation.step(GOLDEN_TICKS)
  const names = simulation.observableNames
  const columns = simulation.observables()
  const events = simulation.events()
  return {
    scenario: file,
    seed: simulation.seed,
    ticks: GOLDEN_TICKS,
    observables: { sha256: sha256(toCsv(columns, names)), rows: simulation.tick + 1, columns: [...names] },
    events: {
      sha256: sha256(eventLines(events, simulation.frame().districtNames)),
      count: events.length,
    },
    last: rowOf(columns, names, simulation.tick),
    outcome: simulation.outcome(),
  }
}

export const goldenFile = (name: string) => `${GOLDEN_DIR}${name}.json`

/** A record as its committed file holds it. */
export const goldenText = (record: GoldenRecord) => `${JSON.stringify(record, null, 2)}\n`
