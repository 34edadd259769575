// Which writer a file name asks for: `.csv`, `.ndjson` or `.json`; CSV when there is no file.
import { toCsv } from './csv.ts'
import { toJson, toNdjson } from './json.ts'
import type { Columns, TableOptions } from './table.ts'

export type OutputFormat = 'csv' | 'ndjson' | 'json'

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['csv', 'ndjson', 'json']

export type Writer = (columns: Columns, names: readonly string[], options?: TableOptions) => string

export const WRITERS: Readonly<Record<OutputFormat, Writer>> = { csv: toCsv, ndjson: toNdjson, json: toJson }

/** The format a file name's extension names (case-insensitive), or undefined for any other name. */
export function formatForFile(fileName: string): OutputFormat | undefined {
  const match = /\.([a-z]+)$/i.exec(fileName)
  const extension = match?.[1].toLowerCase()
  return OUTPUT_FORMATS.find((format) => format === extension)
}
