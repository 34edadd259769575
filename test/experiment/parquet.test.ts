// series.parquet read back by an independent reader (DuckDB): every value bit for bit, including
// NaN, ±Infinity and -0, across several row groups; and the file's encodings are ones pandas,
// R arrow, polars and DuckDB all read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemorySink } from '../../src/experiment/byte-sink.ts'
import { performRun } from '../../src/experiment/perform-run.ts'
import type { RunResult } from '../../src/experiment/run-result.ts'
import { SeriesParquetWriter } from '../../src/experiment/series-parquet.ts'
import { smallPlan } from './plans.ts'

const plan = smallPlan({ replicates: 2, ticks: 9 })
let results: RunResult[]
let dir: string
let path: string

/** A result with the values JSON and text formats tend to lose. */
function awkward(runId: number, names: string[]): RunResult {
  const specials = [
    Number.NaN,
    -0,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    5e-324,
    1.7976931348623157e308,
  ]
  const rows = specials.length
  return {
    runId,
    ticks: rows - 1,
    outcome: null,
    names,
    tickColumn: Float64Array.from({ length: rows }, (_, i) => i),
    columns: names.map((_, c) => Float64Array.from(specials, (_, r) => specials[(r + c) % rows])),
    final: new Float64Array(names.length),
  }
}

beforeAll(async () => {
  results = plan.runs.map((spec) => performRun(spec, plan.record))
  results.push(awkward(results.length, results[0].names))
  const sink = new MemorySink()
  // Row groups of 7 rows: the 4 × 10 + 6 rows make several, one of them cut short.
  const writer = new SeriesParquetWriter(sink, 7)
  writer.begin(results[0].names)
  for (const result of results) await writer.add(result)
  await writer.close()
  dir = await mkdtemp(join(tmpdir(), 'drawdown-parquet-'))
  path = join(dir, 'series.parquet')
  await writeFile(path, sink.bytes())
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function query(sql: string) {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS()
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

describe('series.parquet', () => {
  it('reads back in DuckDB exactly: every run_id, tick and observable value', async () => {
    const rows = await query(`SELECT * FROM read_parquet('${path}')`)
    const names = results[0].names
    const expected = results.flatMap((result) =>
      Array.from(result.tickColumn, (tick, row) => ({
        run_id: result.runId,
        tick,
        ...Object.fromEntries(names.map((name, i) => [name, result.columns[i][row]])),
      })),
    )
    expect(rows).toHaveLength(expected.length)
    let compared = 0
    rows.forEach((row, r) => {
      for (const [column, value] of Object.entries(expected[r])) {
        // Object.is tells -0 from 0 and matches NaN with NaN.
        if (!Object.is(row[column], value)) throw new Error(`row ${r}, ${column}: ${row[column]} ≠ ${value}`)
        compared++
      }
    })
    expect(compared).toBe(expected.length * (names.length + 2))
    expect(Object.keys(rows[0])).toEqual(['run_id', 'tick', ...names])
  })

  it('is made of row groups of INT32 and DOUBLE columns in PLAIN or dictionary encoding, SNAPPY', async () => {
    const meta = await query(
      `SELECT DISTINCT row_group_id, path_in_schema, type, encodings, compression FROM parquet_metadata('${path}') ORDER BY row_group_id`,
    )
    const groups = new Set(meta.map((row) => row.row_group_id))
    expect(groups.size).toBe(Math.ceil((4 * 10 + 6) / 7))
    for (const row of meta) {
      expect(row.type).toBe(
        row.path_in_schema === 'run_id' || row.path_in_schema === 'tick' ? 'INT32' : 'DOUBLE',
      )
      expect(String(row.encodings)).toMatch(/^(PLAIN|PLAIN, RLE_DICTIONARY|RLE_DICTIONARY, PLAIN)$/)
      expect(row.compression).toBe('SNAPPY')
    }
  })
})
