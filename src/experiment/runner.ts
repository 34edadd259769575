// The batch runner: runs RunSpecs on an executor (a worker pool, or in-process), a few at a time,
// and hands each settled run to the sink in run_id order, whatever order they finish in (a
// reorder buffer keyed by run_id, bounded by a look-ahead window, so memory stays flat). A run
// whose worker died is retried once; a run that throws is recorded as failed and the batch goes on.
// Environment-agnostic: the clock, the executor and the sinks are passed in.
import { type BatchProgress, progressAt } from './progress.ts'
import type { RecordSpec, RunRecord, RunResult } from './run-result.ts'
import type { RunSpec } from './run-spec.ts'

export interface BatchOptions {
  runs: readonly RunSpec[]
  record: RecordSpec
  /** One attempt at one run. */
  execute: (spec: RunSpec, record: RecordSpec) => Promise<RunResult>
  /** Runs at once (the pool's size). */
  concurrency: number
  /** True for an error that means the worker died (the run is retried once on a new one). */
  isWorkerLoss?: (error: unknown) => boolean
  /** True for an error that must stop the whole batch (no worker can start, say). */
  isFatal?: (error: unknown) => boolean
  /** Runs settled in an interrupted session: run_id → its record, read when its turn comes. */
  previous?: ReadonlyMap<number, () => Promise<RunRecord>>
  /** Each new run as it settles, in any order, before it is written (the journal). */
  onSettled?: (record: RunRecord) => void | Promise<void>
  /** Each run in run_id order, previous ones included. */
  write: (spec: RunSpec, record: RunRecord) => void | Promise<void>
  onProgress?: (progress: BatchProgress) => void
  signal?: AbortSignal
  /** Milliseconds since some fixed moment (performance.now). */
  now?: () => number
  /** How far past the next run to write the runner may start runs (default max(64, 16 × concurrency)). */
  window?: number
}

export interface BatchTotals {
  finished: number
  failed: number
  /** Runs taken from `previous`. */
  resumed: number
}

/** The message a failed run leaves in errors.csv: the error's first line. */
export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] || 'the run failed with no message'
}

export function abortError(): Error {
  const error = new Error('the batch was cancelled')
  error.name = 'AbortError'
  return error
}

async function attempt(options: BatchOptions, spec: RunSpec): Promise<RunRecord> {
  const lost = options.isWorkerLoss ?? (() => false)
  for (let tries = 1; ; tries++) {
    try {
      return { runId: spec.runId, ok: true, result: await options.execute(spec, options.record) }
    } catch (error) {
      if (options.signal?.aborted) throw abortError()
      if (options.isFatal?.(error)) throw error
      if (lost(error) && tries < 2) continue
      const message = lost(error) ? `worker lost twice: ${failureMessage(error)}` : failureMessage(error)
      return { runId: spec.runId, ok: false, seed: spec.seed, message }
    }
  }
}

/** Runs the batch; resolves when every run is written, rejects with an AbortError when cancelled. */
export async function runBatch(options: BatchOptions): Promise<BatchTotals> {
  const { runs, signal } = options
  const now = options.now ?? (() => performance.now())
  const previous = options.previous ?? new Map()
  const window = options.window ?? Math.max(64, 16 * options.concurrency)
  const started = now()
  const todo = runs.filter((spec) => !previous.has(spec.runId))
  const settled = new Map<number, RunRecord>()
  const counts = { done: previous.size, total: runs.length, failed: 0, doneThisSession: 0 }
  const totals: BatchTotals = { finished: 0, failed: 0, resumed: 0 }
  let cursor = 0
  let inFlight = 0
  let nextToWrite = 0
  let failure: unknown
  let wake: (() => void) | undefined
  let journal: Promise<void> = Promise.resolve()
  const notify = () => {
    wake?.()
    wake = undefined
  }

  const launch = () => {
    while (
      failure === undefined &&
      !signal?.aborted &&
      inFlight < options.concurrency &&
      cursor < todo.length &&
      todo[cursor].runId < nextToWrite + window
    ) {
      const spec = todo[cursor++]
      inFlight++
      attempt(options, spec)
        .then((record) => {
          // Journal appends one at a time, in the order runs settle.
          journal = journal.then(() => options.onSettled?.(record))
          return journal.then(() => record)
        })
        .then((record) => {
          inFlight--
          settled.set(record.runId, record)
          counts.doneThisSession++
          counts.done++
          if (!record.ok) counts.failed++
          options.onProgress?.(progressAt(counts, now() - started))
        })
        .catch((error: unknown) => {
          inFlight--
          failure ??= error
        })
        .finally(notify)
    }
  }

  const onAbort = () => notify()
  signal?.addEventListener('abort', onAbort)
  try {
    options.onProgress?.(progressAt(counts, 0))
    while (nextToWrite < runs.length) {
      if (signal?.aborted) throw abortError()
      if (failure !== undefined) throw failure
      launch()
      const runId = nextToWrite
      let record = settled.get(runId)
      const kept = record === undefined ? previous.get(runId) : undefined
      if (kept) {
        const replayed = await kept()
        totals.resumed++
        if (!replayed.ok) counts.failed++
        record = replayed
      }
      if (record === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        continue
      }
      settled.delete(runId)
      await options.write(runs[runId], record)
      if (record.ok) totals.finished++
      else totals.failed++
      nextToWrite++
    }
    options.onProgress?.(progressAt(counts, now() - started))
    return totals
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}
