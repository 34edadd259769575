// Reading a batch's series.parquet back one run at a time (rows of a run are contiguous and may
// span row groups), one row group in memory at a time: what `drawdown merge` re-writes.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet'
import type { RunResult } from './run-result.ts'

/** What the Parquet writer needs of a run. */
export type SeriesRun = Pick<RunResult, 'runId' | 'names' | 'tickColumn' | 'columns'>

async function readGroup(
  file: Awaited<ReturnType<typeof asyncBufferFromFile>>,
  metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>,
  rowStart: number,
  rowEnd: number,
): Promise<unknown[][]> {
  let rows: unknown[][] = []
  await parquetRead({
    file,
    metadata,
    rowStart,
    rowEnd,
    onComplete: (data) => {
      rows = data as unknown[][]
    },
  })
  return rows
}

function toRun(runId: number, names: string[], rows: unknown[][]): SeriesRun {
  const tickColumn = Float64Array.from(rows, (row) => Number(row[1]))
  const columns = names.map((_, i) => Float64Array.from(rows, (row) => row[i + 2] as number))
  return { runId, names, tickColumn, columns }
}

/** The runs of a series.parquet file, in file order. */
export async function* parquetRuns(path: string): AsyncGenerator<SeriesRun> {
  const file = await asyncBufferFromFile(path)
  const metadata = await parquetMetadataAsync(file)
  const names = parquetSchema(metadata)
    .children.map((child) => child.element.name)
    .slice(2)
  let runId = -1
  let rows: unknown[][] = []
  let groupStart = 0
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows)
    const data = await readGroup(file, metadata, groupStart, groupStart + groupRows)
    groupStart += groupRows
    for (const row of data) {
      const id = Number(row[0])
      if (id !== runId) {
        if (rows.length > 0) yield toRun(runId, names, rows)
        runId = id
        rows = []
      }
      rows.push(row)
    }
  }
  if (rows.length > 0) yield toRun(runId, names, rows)
}
