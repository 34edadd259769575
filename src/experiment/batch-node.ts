// A batch on Node: a results directory, a pool of worker_threads, the journal that makes it
// resumable, and the final files renamed into place when every run is written.
//
// How a batch survives interruption: every run that settles is appended to DIR/batch.journal
// (framed, checksummed; journal-codec.ts) before anything else. The final files are written in
// run_id order as hidden temporary files and renamed into place at the end. On --resume the
// journal is read up to its first torn record (cut off), the temporary files are written again
// from the start, runs already in the journal come from it, the rest run; so the files end
// byte-identical to an uninterrupted batch. The journal is deleted once manifest.json says
// "complete".
import { createHash } from 'node:crypto'
import { readFile, rm, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { EngineApi } from '../../workers/engine-api.ts'
import { EngineStoppedError } from '../bridge/calls.ts'
import { spawnEngine } from '../bridge/node.ts'
import { EnginePool } from '../bridge/pool.ts'
import type { ByteSink } from './byte-sink.ts'
import { AtomicFileSink, BatchIoError, ioError, makeDirectory, writeFileAtomic } from './file-sink-node.ts'
import { JOURNAL_FORMAT } from './journal-codec.ts'
import { Journal } from './journal-node.ts'
import { type InputFile, identity, MANIFEST_FORMAT, type Manifest, manifestText } from './manifest.ts'
import type { BatchProgress } from './progress.ts'
import { ResultStore, type StoreSinks } from './results-store.ts'
import type { RecordSpec, RunRecord, RunResult } from './run-result.ts'
import type { RunSpec } from './run-spec.ts'
import { runBatch } from './runner.ts'
import { type Shard, shardRuns } from './shard.ts'

export const JOURNAL_FILE = 'batch.journal'
export const MANIFEST_FILE = 'manifest.json'

export type SeriesFormat = 'csv' | 'parquet' | 'both'

/** What a batch needs of an expanded experiment. */
export interface BatchPlan {
  name: string
  hash: string
  runs: readonly RunSpec[]
  factorNames: readonly string[]
  armNames: readonly string[]
  seeds: readonly number[]
  record: RecordSpec
  design: unknown
}

export interface NodeBatchOptions {
  plan: BatchPlan
  out: string
  workers: number
  resume?: boolean
  format?: SeriesFormat
  /** Run only this shard's runs (`drawdown batch --shard I/N`); the folder is then one shard of the whole. */
  shard?: Shard
  /** Input files to hash into the manifest (experiment, scenario). */
  inputs?: readonly string[]
  version: string
  gitCommit?: string
  onProgress?: (progress: BatchProgress) => void
  signal?: AbortSignal
  /** The worker's entry module (tests point it at a fixture). */
  workerEntry?: string | URL
  /** Replace a worker after a run that took this long (default: the pool's; tests set 0). */
  freshWorkerAfterMs?: number
  /** Runs in this process instead of workers (the in-process baseline of the benchmark). */
  execute?: (spec: RunSpec, record: RecordSpec) => Promise<RunResult>
  now?: () => Date
}

/** No worker could start (a broken build, say): the batch stops rather than fail every run. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError'
}

/** A batch that may not start or resume: a clear reason for the user. */
export class BatchRefusedError extends Error {
  override readonly name = 'BatchRefusedError'
}

export interface BatchReport {
  out: string
  finished: number
  failed: number
  resumed: number
  /** Bytes of a torn journal tail that were discarded on resume. */
  discardedBytes: number
  alreadyComplete: boolean
  files: string[]
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

async function sha256File(path: string): Promise<InputFile> {
  try {
    return {
      path,
      sha256: createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    }
  } catch (error) {
    throw ioError('read', path, error)
  }
}

async function readManifest(path: string): Promise<Manifest | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw ioError('read', path, error)
  }
  try {
    const manifest = JSON.parse(text) as Manifest
    if (manifest.format !== MANIFEST_FORMAT) throw new Error('not a batch manifest')
    return manifest
  } catch {
    throw new BatchRefusedError(`${path} is not a Drawdown Lab batch manifest; choose another --out`)
  }
}

function fileNames(format: SeriesFormat): string[] {
  const series = { csv: ['series.csv'], parquet: ['series.parquet'], both: ['series.csv', 'series.parquet'] }
  return ['runs.csv', ...series[format], 'errors.csv']
}

/** Runs (or resumes) a batch into `options.out`. */
export async function runNodeBatch(options: NodeBatchOptions): Promise<BatchReport> {
  const { plan, out } = options
  const format = options.format ?? 'csv'
  const now = options.now ?? (() => new Date())
  plan.runs.forEach((spec, index) => {
    if (spec.runId !== index) throw new Error(`run ids must be 0, 1, 2, …: run ${index} has id ${spec.runId}`)
  })
  try {
    await makeDirectory(out)
  } catch (error) {
    throw ioError('create the output folder', out, error)
  }
  const runs = options.shard ? shardRuns(plan.runs, options.shard) : plan.runs
  const manifestPath = join(out, MANIFEST_FILE)
  const journalPath = join(out, JOURNAL_FILE)
  const inputs = await Promise.all((options.inputs ?? []).map(sha256File))
  const base: Manifest = {
    format: MANIFEST_FORMAT,
    status: 'running',
    drawdownLab: { version: options.version, gitCommit: options.gitCommit ?? null },
    experiment: { name: plan.name, hash: plan.hash, files: inputs },
    runs: plan.runs.length,
    factorNames: [...plan.factorNames],
    armNames: [...plan.armNames],
    seeds: [...plan.seeds],
    record: plan.record,
    design: plan.design,
    ...(options.shard ? { shard: { ...options.shard, runIds: runs.map((spec) => spec.runId) } } : {}),
    formats: format === 'both' ? ['csv', 'parquet'] : [format],
    files: {},
    results: null,
    sessions: [],
  }
  const previous = await readManifest(manifestPath)
  const hasJournal = await exists(journalPath)
  if (!options.resume && (previous || hasJournal)) {
    throw new BatchRefusedError(
      `${out} already holds a batch (${previous ? MANIFEST_FILE : JOURNAL_FILE}); resume it with --resume or choose another --out`,
    )
  }
  // Compared as JSON read back, as the previous manifest was (no undefined, no NaN).
  const current = JSON.parse(manifestText(base)) as Manifest
  if (previous && identity(previous) !== identity(current)) {
    const reason =
      previous.experiment.hash !== plan.hash
        ? `the experiment changed since it started (hash ${previous.experiment.hash.slice(0, 12)}…, now ${plan.hash.slice(0, 12)}…)`
        : 'it was started with different settings or another version of Drawdown Lab'
    throw new BatchRefusedError(`cannot resume ${out}: ${reason}; run it into another --out`)
  }
  if (previous?.status === 'complete') {
    await rm(journalPath, { force: true })
    return {
      out,
      finished: previous.results?.finished ?? 0,
      failed: previous.results?.failed ?? 0,
      resumed: 0,
      discardedBytes: 0,
      alreadyComplete: true,
      files: Object.keys(previous.files),
    }
  }

  const session = {
    startedAt: now().toISOString(),
    endedAt: null,
    workers: options.workers,
    runs: 0,
    node: process.version,
    host: hostname(),
  }
  const manifest: Manifest = { ...base, sessions: [...(previous?.sessions ?? []), session] }
  await writeFileAtomic(manifestPath, manifestText(manifest))

  const header = { format: JOURNAL_FORMAT, experimentHash: plan.hash, runs: plan.runs.length } as const
  const journal = hasJournal
    ? await Journal.resume(journalPath, header)
    : await Journal.create(journalPath, header)
  const names = fileNames(format)
  const files = new Map<string, AtomicFileSink>(
    names.map((name) => [name, new AtomicFileSink(join(out, name))]),
  )
  const sink = (name: string): ByteSink | undefined => files.get(name)
  const sinks: StoreSinks = {
    runs: sink('runs.csv') as ByteSink,
    errors: sink('errors.csv') as ByteSink,
    seriesCsv: sink('series.csv'),
    seriesParquet: sink('series.parquet'),
  }
  const store = new ResultStore(plan.factorNames, sinks)
  const kept = new Map<number, () => Promise<RunRecord>>(
    [...journal.index.keys()].map((runId) => [runId, () => journal.read(runId)]),
  )
  const pool = options.execute
    ? undefined
    : new EnginePool({
        size: options.workers,
        freshAfterMs: options.freshWorkerAfterMs,
        spawn: () =>
          spawnEngine<EngineApi>({ entry: options.workerEntry }).catch((error: unknown) => {
            throw new WorkerStartError(`the engine worker could not start: ${(error as Error).message}`, {
              cause: error,
            })
          }),
      })
  const execute =
    options.execute ??
    ((spec: RunSpec, record: RecordSpec) =>
      (pool as NonNullable<typeof pool>).run((engine) => engine.api.batchRun(spec, record)))
  try {
    await store.open()
    const totals = await runBatch({
      runs,
      record: plan.record,
      execute,
      concurrency: options.workers,
      isWorkerLoss: (error) =>
        error instanceof EngineStoppedError || (error as Error)?.name === 'EngineStoppedError',
      isFatal: (error) => error instanceof WorkerStartError,
      previous: kept,
      onSettled: (record) => {
        session.runs++
        return journal.append(record)
      },
      write: (spec, record) => store.add(spec, record),
      onProgress: options.onProgress,
      signal: options.signal,
    })
    await pool?.close()
    const summary = await store.close()
    const done: Manifest = {
      ...manifest,
      status: 'complete',
      files: {
        'runs.csv': ['run_id', 'point', 'arm', 'replicate', 'seed', ...plan.factorNames, ...summary.measures],
        ...(files.has('series.csv') ? { 'series.csv': ['run_id', 'tick', ...summary.observables] } : {}),
        ...(files.has('series.parquet')
          ? { 'series.parquet': ['run_id', 'tick', ...summary.observables] }
          : {}),
        'errors.csv': ['run_id', 'seed', 'message'],
      },
      results: { finished: summary.finished, failed: summary.failed },
      sessions: [...manifest.sessions.slice(0, -1), { ...session, endedAt: now().toISOString() }],
    }
    await writeFileAtomic(manifestPath, manifestText(done))
    await journal.close()
    await rm(journalPath, { force: true })
    return {
      out,
      finished: totals.finished,
      failed: totals.failed,
      resumed: totals.resumed,
      discardedBytes: journal.discardedBytes,
      alreadyComplete: false,
      files: [...names, MANIFEST_FILE],
    }
  } catch (error) {
    await pool?.close()
    await journal.close().catch(() => undefined)
    await Promise.all([...files.values()].map((file) => file.discard()))
    throw error
  }
}

export { BatchIoError }
