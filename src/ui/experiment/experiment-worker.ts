// The page's handle on the experiment worker (expansion, results store, analysis): started once,
// on first use, and failing every pending call if it cannot load or crashes.
import * as Comlink from 'comlink'
import type { ExperimentApi } from '../../../workers/experiment-api.ts'
import { CallTracker, EngineStoppedError, trackRemote } from '../../bridge/calls.ts'

export type ExperimentRemote = Comlink.Remote<ExperimentApi>

let started: ExperimentRemote | undefined

/** The experiment worker (one per page). */
export function experimentWorker(): ExperimentRemote {
  if (started) return started
  const worker = new Worker(new URL('../../../workers/experiment-browser.ts', import.meta.url), {
    type: 'module',
    name: 'drawdown-experiment',
  })
  const tracker = new CallTracker()
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    tracker.fail(
      new EngineStoppedError(`the experiment worker failed: ${event.message || 'it could not load'}`),
    )
    started = undefined
  })
  started = trackRemote(Comlink.wrap<ExperimentApi>(worker), tracker)
  return started
}
