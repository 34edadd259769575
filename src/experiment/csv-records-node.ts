// Reading a batch's CSV files back record by record, streamed: a record ends at a newline outside
// double quotes (RFC 4180), so a quoted message with a line break stays one record. Each record
// keeps its bytes exactly, newline included, so merged files can be byte-identical.
import { createReadStream } from 'node:fs'

/** One CSV record as written, with its terminating newline. */
export type CsvRecord = string

/** The records of `path`, in order; the header is the first. */
export async function* csvRecords(path: string): AsyncGenerator<CsvRecord> {
  let pending = ''
  let quoted = false
  let scanned = 0
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    pending += chunk as string
    let start = 0
    for (let i = scanned; i < pending.length; i++) {
      const char = pending.charCodeAt(i)
      if (char === 34) quoted = !quoted
      else if (char === 10 && !quoted) {
        yield pending.slice(start, i + 1)
        start = i + 1
      }
    }
    pending = pending.slice(start)
    scanned = pending.length
  }
  if (pending.length > 0) throw new Error(`${path} ends inside a record (no final newline): the file is torn`)
}

/** The run id a batch record starts with (runs.csv, series.csv and errors.csv all lead with it). */
export function leadingRunId(record: CsvRecord): number {
  const comma = record.indexOf(',')
  const id = Number(record.slice(0, comma < 0 ? record.length - 1 : comma))
  if (!Number.isSafeInteger(id) || id < 0)
    throw new Error(`a record does not start with a run id: ${record.slice(0, 40)}`)
  return id
}
