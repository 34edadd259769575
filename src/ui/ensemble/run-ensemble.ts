// An ensemble: the same scenario and settings over many seeds, in a pool of engine workers, so
// the page never waits on the engine. Aborting the signal stops every worker at once.

import { abortError, createBrowserPool, ensembleWorkers } from '../../bridge/browser.ts'
import type { OutcomeSummary } from '../../engine/models/model.ts'
import type { PrepareOptions } from '../../io/prepare.ts'

export interface EnsembleRun {
  seed: number
  columns: Record<string, Float64Array>
  outcome: OutcomeSummary | null
}

export interface EnsembleRequest {
  raw: unknown
  options: PrepareOptions
  seeds: readonly number[]
  ticks: number
  signal: AbortSignal
  /** Each run as it finishes (in any order). */
  onRun: (run: EnsembleRun) => void
}

/** Ticks per call: small enough that an abort is noticed quickly between calls. */
const CHUNK = 100

export async function runEnsemble(request: EnsembleRequest): Promise<void> {
  const { raw, options, ticks, signal } = request
  if (signal.aborted) throw abortError()
  const pool = createBrowserPool(Math.min(ensembleWorkers(), request.seeds.length))
  const stop = () => void pool.close()
  signal.addEventListener('abort', stop, { once: true })
  try {
    const jobs = request.seeds.map((seed) =>
      pool.run(async ({ api }) => {
        const created = await api.create(raw, seed, options)
        if (!created.ok) throw new Error(created.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
        for (let done = 0; done < ticks; done += CHUNK) {
          if (signal.aborted) throw abortError()
          await api.step(Math.min(CHUNK, ticks - done))
        }
        const run: EnsembleRun = { seed, columns: await api.observables(), outcome: await api.outcome() }
        if (!signal.aborted) request.onRun(run)
      }),
    )
    const settled = await Promise.allSettled(jobs)
    if (signal.aborted) throw abortError()
    const failed = settled.find((result) => result.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
  } finally {
    signal.removeEventListener('abort', stop)
    await pool.close()
  }
}
