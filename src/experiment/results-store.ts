// The results of a batch as files: settled runs arrive in ascending run_id order and go out at once as
// runs.csv rows, series rows (CSV and/or Parquet) and errors.csv rows. The headers come from the
// first run that finished (same kind, same columns for all); a later run whose columns differ is
// recorded as failed, with the reason, rather than written under the wrong header.
import type { ByteSink } from './byte-sink.ts'
import {
  ERROR_COLUMNS,
  errorLine,
  headerLine,
  RUN_KEY_COLUMNS,
  runsHeader,
  runsLine,
  seriesHeader,
  seriesLines,
} from './csv-tables.ts'
import { ColumnMismatchError, measureCells, measureColumns } from './outcome-columns.ts'
import type { RunRecord } from './run-result.ts'
import type { RunSpec } from './run-spec.ts'
import { SeriesParquetWriter } from './series-parquet.ts'

export interface StoreSinks {
  runs: ByteSink
  errors: ByteSink
  seriesCsv?: ByteSink
  seriesParquet?: ByteSink
}

/** What the store wrote, for the manifest. */
export interface StoreSummary {
  finished: number
  failed: number
  observables: string[]
  measures: string[]
}

interface Columns {
  observables: string[]
  measures: string[]
}

export class ResultStore {
  private columns: Columns | undefined
  private readonly parquet: SeriesParquetWriter | undefined
  private finished = 0
  private failed = 0
  /** Run ids must ascend (a shard's are not dense). */
  private lastRunId = -1

  constructor(
    private readonly factorNames: readonly string[],
    private readonly sinks: StoreSinks,
  ) {
    this.parquet = sinks.seriesParquet ? new SeriesParquetWriter(sinks.seriesParquet) : undefined
  }

  /** Writes the errors.csv header; call once before add(). */
  async open(): Promise<void> {
    await this.sinks.errors.write(headerLine(ERROR_COLUMNS))
  }

  /** Adds the next run, in run_id order. */
  async add(spec: RunSpec, record: RunRecord): Promise<void> {
    if (record.runId <= this.lastRunId || spec.runId !== record.runId) {
      throw new Error(`store expected a run after run ${this.lastRunId}, got run ${record.runId}`)
    }
    this.lastRunId = record.runId
    if (!record.ok) return this.addFailure(spec, record.message)
    const { result } = record
    if (this.columns === undefined) await this.begin(result.outcome, result.names)
    const columns = this.columns as Columns
    let cells: ReturnType<typeof measureCells>
    try {
      if (result.names.join('\n') !== columns.observables.join('\n')) {
        throw new ColumnMismatchError(`observables differ from the batch's: ${result.names.join(', ')}`)
      }
      cells = measureCells(columns.measures, result.outcome, result.names, result.final)
    } catch (error) {
      if (error instanceof ColumnMismatchError) return this.addFailure(spec, error.message)
      throw error
    }
    this.finished++
    await this.sinks.runs.write(runsLine(spec, this.factorNames, cells))
    await this.sinks.seriesCsv?.write(seriesLines(result))
    await this.parquet?.add(result)
  }

  /** Writes headers still missing (no run finished) and closes every sink. */
  async close(): Promise<StoreSummary> {
    if (this.columns === undefined) await this.begin(null, [])
    const columns = this.columns as unknown as Columns
    await this.sinks.runs.close()
    await this.sinks.errors.close()
    await this.sinks.seriesCsv?.close()
    await this.parquet?.close()
    return { finished: this.finished, failed: this.failed, ...columns }
  }

  private async begin(outcome: Parameters<typeof measureColumns>[0], observables: string[]): Promise<void> {
    const measures = measureColumns(outcome, observables)
    this.columns = { observables, measures }
    await this.sinks.runs.write(runsHeader(this.factorNames, measures))
    await this.sinks.seriesCsv?.write(seriesHeader(observables))
    this.parquet?.begin(observables)
  }

  private async addFailure(spec: RunSpec, message: string): Promise<void> {
    this.failed++
    await this.sinks.errors.write(errorLine(spec.runId, spec.seed, message))
  }
}

export { RUN_KEY_COLUMNS }
