// Options of `drawdown run`, checked before anything heavy loads, so a usage error answers fast.
import { resolve } from 'node:path'
import { formatForFile, type OutputFormat } from '../io/formats.ts'
import type { UnitMode } from '../io/units.ts'
import { parseOverride } from '../scenario/overrides.ts'
import { ScenarioError } from '../scenario/spec/problem.ts'
import { parseCommandArgs, parseWholeNumber } from './args.ts'
import { UsageError } from './exit.ts'

export interface RunOptions {
  file: string
  seed?: number
  ticks?: number
  preset?: string
  overrides: string[]
  out?: string
  format: OutputFormat
  /** File for the run's notable events, as NDJSON. */
  events?: string
  /** File for the drawdown's outcome summary, as JSON. */
  summary?: string
  /** Observables in model units (agents, per tick) or real ones (people, per month). */
  units: UnitMode
}

const OPTIONS = {
  seed: { type: 'string' },
  ticks: { type: 'string' },
  preset: { type: 'string' },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
  events: { type: 'string' },
  summary: { type: 'string' },
  units: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

/** The options of `drawdown run`, or "help"; throws UsageError. */
export function readRunOptions(argv: readonly string[]): RunOptions | 'help' {
  const { values, positionals } = parseCommandArgs('run', argv, OPTIONS)
  if (values.help) return 'help'
  if (positionals.length === 0) throw new UsageError('missing scenario file')
  if (positionals.length > 1) throw new UsageError(`expected one scenario file, got ${positionals.length}`)
  const text = (name: string) => values[name] as string | undefined
  const out = text('out')
  const format = out === undefined ? 'csv' : formatForFile(out)
  if (format === undefined)
    throw new UsageError(`--out ${out}: the file name must end in .csv, .ndjson or .json`)
  const overrides = (values.set as string[] | undefined) ?? []
  for (const entry of overrides) {
    try {
      parseOverride(entry)
    } catch (error) {
      if (error instanceof ScenarioError) throw new UsageError(`--set ${error.problems[0].message}`)
      throw error
    }
  }
  const files = (['out', 'events', 'summary'] as const).filter((name) => text(name) !== undefined)
  for (const [i, first] of files.entries()) {
    const same = files.slice(i + 1).find((other) => resolve(text(other)!) === resolve(text(first)!))
    if (same) throw new UsageError(`--${first} and --${same} name the same file, ${text(first)}`)
  }
  const units = text('units') ?? 'model'
  if (units !== 'model' && units !== 'real')
    throw new UsageError(`--units must be model or real, got ${JSON.stringify(units)}`)
  const seed = text('seed')
  const ticks = text('ticks')
  return {
    file: positionals[0],
    seed: seed === undefined ? undefined : parseWholeNumber('run', '--seed', seed, 0),
    ticks: ticks === undefined ? undefined : parseWholeNumber('run', '--ticks', ticks, 0),
    preset: text('preset'),
    overrides,
    out,
    format,
    events: text('events'),
    summary: text('summary'),
    units,
  }
}
