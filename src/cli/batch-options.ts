// Options of `drawdown batch`, checked before anything heavy loads.
import { availableParallelism } from 'node:os'
import type { SeriesFormat } from '../experiment/batch-node.ts'
import { parseShard, type Shard } from '../experiment/shard.ts'
import { parseCommandArgs, parseWholeNumber } from './args.ts'
import { UsageError } from './exit.ts'

export interface BatchCommandOptions {
  file: string
  out: string
  workers: number
  resume: boolean
  format: SeriesFormat
  quiet: boolean
  shard?: Shard
}

const OPTIONS = {
  out: { type: 'string' },
  workers: { type: 'string' },
  resume: { type: 'boolean' },
  format: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const FORMATS: readonly SeriesFormat[] = ['csv', 'parquet', 'both']

/** A bound on --workers: more threads than this only add memory. */
export const MAX_WORKERS = 256

/** The options of `drawdown batch`, or "help"; throws UsageError. */
export function readBatchOptions(argv: readonly string[]): BatchCommandOptions | 'help' {
  const { values, positionals } = parseCommandArgs('batch', argv, OPTIONS)
  if (values.help) return 'help'
  if (positionals.length === 0) throw new UsageError('missing experiment file')
  if (positionals.length > 1) throw new UsageError(`expected one experiment file, got ${positionals.length}`)
  const out = values.out as string | undefined
  if (out === undefined || out === '') throw new UsageError('missing --out DIR (the results folder)')
  const workersText = values.workers as string | undefined
  const workers =
    workersText === undefined
      ? availableParallelism()
      : parseWholeNumber('batch', '--workers', workersText, 1)
  if (workers > MAX_WORKERS) throw new UsageError(`--workers must be at most ${MAX_WORKERS}, got ${workers}`)
  const format = (values.format as string | undefined) ?? 'csv'
  if (!FORMATS.includes(format as SeriesFormat))
    throw new UsageError(`--format must be csv, parquet or both, got ${JSON.stringify(format)}`)
  const shardText = values.shard as string | undefined
  const shard = shardText === undefined ? undefined : parseShard(shardText)
  if (typeof shard === 'string') throw new UsageError(shard)
  return {
    file: positionals[0],
    out,
    workers,
    resume: values.resume === true,
    format: format as SeriesFormat,
    quiet: values.quiet === true,
    ...(shard ? { shard } : {}),
  }
}
