// Running an ensemble from the app: the current scenario and parameters of run A under `runs`
// consecutive seeds, each run in its own worker, with quantile bands republished as runs finish
// (at most four times a second) and a cancelled or failed ensemble reported, not thrown.

import { isAbortError } from '../../bridge/browser.ts'
import { quantileBands } from '../ensemble/quantiles.ts'
import { type EnsembleRun, runEnsemble } from '../ensemble/run-ensemble.ts'
import { currentOverrides, overrideList } from './recipe.ts'
import { messageOf } from './run-data.ts'
import type { AppState } from './state.ts'
import type { Store } from './store.ts'

/** The shortest gap between two recomputations of the bands, in milliseconds. */
const BANDS_EVERY_MS = 250

export async function ensembleInto(
  store: Store<AppState>,
  runs: number,
  ticks: number,
  signal: AbortSignal,
): Promise<void> {
  const state = store.get()
  if (!state.source || !state.a) return
  const names = state.a.data.series.names
  const results: EnsembleRun[] = []
  let lastBands = Number.NEGATIVE_INFINITY
  const publish = (status: 'running' | 'done', force = false) => {
    const now = performance.now()
    if (!force && now - lastBands < BANDS_EVERY_MS) {
      store.update((s) => (s.ensemble ? { ...s, ensemble: { ...s.ensemble, done: results.length } } : s))
      return
    }
    lastBands = now
    const bands = Object.fromEntries(
      names.map((name) => [name, quantileBands(results.map((run) => run.columns[name]))]),
    )
    const outcomes = results.map((run) => run.outcome)
    const rows = results.map((run) => ({
      seed: run.seed,
      outcome: run.outcome,
      final: Object.fromEntries(names.map((name) => [name, run.columns[name]?.at(-1) ?? Number.NaN])),
    }))
    store.update((s) => ({
      ...s,
      ensemble: { status, runs, ticks, done: results.length, bands, outcomes, rows },
    }))
  }
  store.update((s) => ({
    ...s,
    ensemble: { status: 'running', runs, ticks, done: 0, bands: {}, outcomes: [], rows: [] },
  }))
  try {
    await runEnsemble({
      raw: state.source.raw,
      options: { preset: state.preset, overrides: overrideList(currentOverrides(state.a.recipe)) },
      seeds: Array.from({ length: runs }, (_, i) => state.seed + i),
      ticks,
      signal,
      onRun: (run) => {
        results.push(run)
        publish('running')
      },
    })
    publish('done', true)
  } catch (error) {
    const cancelled = isAbortError(error)
    store.update((s) =>
      s.ensemble
        ? {
            ...s,
            ensemble: {
              ...s.ensemble,
              status: cancelled ? 'cancelled' : 'failed',
              message: cancelled ? 'cancelled' : messageOf(error),
            },
          }
        : s,
    )
  }
}
