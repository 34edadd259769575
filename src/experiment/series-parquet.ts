// series.parquet, streamed: rows of finished runs gather until a row group is full, then the
// group is encoded and its bytes go to the sink; memory holds one row group at most. Encodings
// every common reader supports (pandas/pyarrow, R arrow, polars, DuckDB): DATA_PAGE_V2, SNAPPY,
// run_id and tick INT32, observables DOUBLE in PLAIN (no dictionary: it would merge -0 with 0).
import { ByteWriter, ParquetWriter } from 'hyparquet-writer'
import type { ByteSink } from './byte-sink.ts'
import type { RunResult } from './run-result.ts'

/** Rows per row group (except the last): about 20 MB of doubles for 40 observables. */
export const ROW_GROUP_ROWS = 65_536

/** A ByteWriter whose bytes leave it at every flush (after each row group) and at finish. */
class ChunkWriter extends ByteWriter {
  readonly ready: Uint8Array[] = []

  flush(): void {
    this.ready.push(new Uint8Array(this.buffer.slice(0, this.index)))
    this.index = 0
  }

  override finish(): void {
    this.flush()
  }
}

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number]

function schemaFor(names: readonly string[]): SchemaElement[] {
  return [
    { name: 'root', num_children: names.length + 2 },
    { name: 'run_id', type: 'INT32', repetition_type: 'REQUIRED' },
    { name: 'tick', type: 'INT32', repetition_type: 'REQUIRED' },
    ...names.map((name): SchemaElement => ({ name, type: 'DOUBLE', repetition_type: 'REQUIRED' })),
  ]
}

export class SeriesParquetWriter {
  private writer: ParquetWriter | undefined
  private readonly bytes = new ChunkWriter()
  private names: readonly string[] = []
  private runIds: number[] = []
  private ticks: number[] = []
  private values: number[][] = []

  constructor(
    private readonly sink: ByteSink,
    private readonly rowGroupRows = ROW_GROUP_ROWS,
  ) {}

  /** The observable columns; call once, before the first add (or not at all for an empty file). */
  begin(names: readonly string[]): void {
    this.names = names
    this.values = names.map(() => [])
    this.writer = new ParquetWriter({
      writer: this.bytes,
      schema: schemaFor(names),
      createdBy: 'drawdown-lab',
    })
  }

  async add(result: Pick<RunResult, 'runId' | 'names' | 'tickColumn' | 'columns'>): Promise<void> {
    if (this.writer === undefined) this.begin(result.names)
    const rows = result.tickColumn.length
    for (let row = 0; row < rows; row++) {
      this.runIds.push(result.runId)
      this.ticks.push(result.tickColumn[row])
      for (let i = 0; i < this.names.length; i++) this.values[i].push(result.columns[i][row])
      if (this.runIds.length === this.rowGroupRows) await this.writeGroup()
    }
  }

  async close(): Promise<void> {
    if (this.writer === undefined) this.begin([])
    if (this.runIds.length > 0) await this.writeGroup()
    this.writer?.finish()
    await this.drain()
    await this.sink.close()
  }

  private async writeGroup(): Promise<void> {
    const rows = this.runIds.length
    await this.writer?.write({
      rowGroupSize: rows,
      columnData: [
        { name: 'run_id', data: Int32Array.from(this.runIds), type: 'INT32', nullable: false },
        { name: 'tick', data: Int32Array.from(this.ticks), type: 'INT32', nullable: false },
        ...this.names.map((name, i) => ({
          name,
          data: Float64Array.from(this.values[i]),
          type: 'DOUBLE' as const,
          nullable: false,
          encoding: 'PLAIN' as const,
          statistics: false,
        })),
      ],
    })
    this.runIds = []
    this.ticks = []
    this.values = this.names.map(() => [])
    await this.drain()
  }

  private async drain(): Promise<void> {
    for (const chunk of this.bytes.ready.splice(0)) await this.sink.write(chunk)
  }
}
