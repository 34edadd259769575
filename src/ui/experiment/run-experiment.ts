// An experiment run in the browser: the runner core the CLI uses (runBatch: reorder buffer,
// retry of a lost worker, failures recorded) over a pool of engine workers, with the experiment
// worker holding the runs and encoding the results. The page only routes runs between them.
import * as Comlink from 'comlink'
import type { ExpandReply, PlanInfo, ResultFile, SeriesFormat } from '../../../workers/experiment-api.ts'
import { EngineStoppedError, spawnBrowserEngine } from '../../bridge/browser.ts'
import { EnginePool } from '../../bridge/pool.ts'
import type { BatchProgress } from '../../experiment/progress.ts'
import type { RunRecord, RunResult } from '../../experiment/run-result.ts'
import type { RunSpec } from '../../experiment/run-spec.ts'
import { runBatch } from '../../experiment/runner.ts'
import type { ExperimentRemote } from './experiment-worker.ts'

export type { PlanInfo }

export interface RunOptions {
  experiment: ExperimentRemote
  plan: PlanInfo
  workers: number
  format?: SeriesFormat
  onProgress?: (progress: BatchProgress) => void
  signal?: AbortSignal
}

export type ExperimentOutcome = Awaited<ReturnType<ExperimentRemote['finish']>>

/** Expands the experiment at `path` among `files` in the experiment worker. */
export const expandIn = (experiment: ExperimentRemote, files: Record<string, string>, path: string) =>
  experiment.expand(files, path) as Promise<ExpandReply>

/**
 * The runner reads a spec's run id and seed only; the scenario stays in the experiment worker
 * until an engine worker needs it, so the page never holds (or clones) every run's scenario.
 */
const runStubs = (plan: PlanInfo): RunSpec[] =>
  plan.runSeeds.map((seed, runId) => ({ runId, seed }) as RunSpec)

/** The typed arrays' buffers of a record, each once (perform-run.ts has the same, but imports the engine). */
const buffersOf = (result: RunResult): ArrayBuffer[] => [
  ...new Set(
    [result.tickColumn, result.final, ...result.columns].map((array) => array.buffer as ArrayBuffer),
  ),
]

const transferRecord = (record: RunRecord): RunRecord =>
  record.ok ? Comlink.transfer(record, buffersOf(record.result)) : record

/** No engine worker could start: the batch stops with this one error (as `drawdown batch` does). */
export class EngineStartError extends Error {
  override readonly name = 'EngineStartError'
}

/** Runs every run of `plan`; resolves with the results files and their analysis, rejects with an AbortError when cancelled. */
export async function runExperiment(options: RunOptions): Promise<ExperimentOutcome> {
  const { experiment, plan } = options
  const pool = new EnginePool({
    size: options.workers,
    spawn: () =>
      spawnBrowserEngine().catch((error: unknown) => {
        throw new EngineStartError(`the engine worker could not start: ${(error as Error).message}`)
      }),
  })
  try {
    await experiment.begin(options.format ?? 'both', options.workers, new Date().toISOString())
    await runBatch({
      runs: runStubs(plan),
      record: plan.record,
      concurrency: options.workers,
      execute: async (stub, record) => {
        const spec = await experiment.spec(stub.runId)
        return pool.run((engine) => engine.api.batchRun(spec, record))
      },
      isWorkerLoss: (error) => error instanceof EngineStoppedError,
      isFatal: (error) => error instanceof EngineStartError,
      write: (_, record) => experiment.add(transferRecord(record)),
      onProgress: options.onProgress,
      signal: options.signal,
    })
    await pool.close()
    return await experiment.finish(new Date().toISOString())
  } finally {
    await pool.close()
  }
}

/** A download name carrying the experiment's name: `smoke-runs.csv`. */
export const resultFileName = (experimentName: string, file: Pick<ResultFile, 'name'>): string =>
  `${experimentName.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'experiment'}-${file.name}`
