// Replaying a recipe: create run A from the scenario and seed, step it to each tick where the
// recipe changed a parameter or where run B branched off, apply the change, and stop at the
// requested tick. Because the engine is deterministic, this rebuilds a shared run exactly.

import type { RunInfo } from '../../../workers/engine-api.ts'
import type { EngineQueue } from '../../bridge/browser.ts'
import type { RenderFrame } from '../../engine/models/model.ts'
import { type Overrides, overrideList, type RunRecipe } from './recipe.ts'
import { checked, runData } from './run-data.ts'
import type { RunState, Source } from './state.ts'

/** What to load: a scenario, a seed and the recipes of runs A (and B), replayed up to `tick`. */
export interface LoadSpec {
  source: Source
  preset?: string
  seed: number
  a: RunRecipe
  b?: RunRecipe
  tick: number
}

export interface Replayed {
  a: RunState
  b: RunState | null
  frame: RenderFrame | null
}

/** Ticks per call while replaying: small enough that a reset cancels a long replay promptly. */
const REPLAY_CHUNK = 500

/** Everything the page shows of a run, fetched from its engine (the map only for run A). */
export async function fetchRun(queue: EngineQueue, signal: AbortSignal, withFrame: boolean) {
  const [observables, events, outcome, frame, tick] = await Promise.all([
    queue.call((api) => api.observables(), signal),
    queue.call((api) => api.events(), signal),
    queue.call((api) => api.outcome(), signal),
    withFrame ? queue.call((api) => api.frame(), signal) : Promise.resolve(null),
    queue.call((api) => api.step(0), signal),
  ])
  return { observables, events, outcome, frame, tick }
}

/** The ticks at which replay must pause to change a parameter or branch, up to `spec.tick`. */
function stopsOf(spec: LoadSpec): number[] {
  const ticks = [
    ...spec.a.segments.slice(1).map((s) => s.tick),
    ...(spec.b ? spec.b.segments.map((s) => s.tick) : []),
    spec.tick,
  ]
  return [...new Set(ticks)].filter((tick) => tick <= spec.tick).sort((x, y) => x - y)
}

/** Creates run A (and B) in their engines and replays their recipes up to `spec.tick`, paused. */
export async function replay(
  spec: LoadSpec,
  engine: (which: 'a' | 'b') => Promise<EngineQueue>,
  signal: AbortSignal,
  /** Told the tick reached after each chunk, for a long replay's progress. */
  onProgress?: (tick: number) => void,
): Promise<Replayed> {
  const raw = spec.source.raw
  const options = (overrides: Overrides) => ({ preset: spec.preset, overrides: overrideList(overrides) })
  const queueA = await engine('a')
  const [startA, ...laterA] = spec.a.segments
  let infoA = checked(
    await queueA.call((api) => api.create(raw, spec.seed, options(startA.overrides)), signal),
    'cannot start the run',
  )
  const branchTick = spec.b?.segments[0].tick
  const laterB = spec.b?.segments.slice(1) ?? []
  let queueB: EngineQueue | undefined
  let infoB: RunInfo | undefined
  let tick = 0
  for (const stop of stopsOf(spec)) {
    while (tick < stop) {
      const ticks = Math.min(REPLAY_CHUNK, stop - tick)
      const stepped = [queueA.call((api) => api.advance(ticks), signal)]
      if (queueB) stepped.push(queueB.call((api) => api.advance(ticks), signal))
      const failed = (await Promise.all(stepped)).find((result) => result.error)
      if (failed?.error) throw new Error(`the run stopped at tick ${failed.tick}: ${failed.error.message}`)
      tick += ticks
      onProgress?.(tick)
    }
    for (const segment of laterA.filter((s) => s.tick === stop))
      infoA = checked(
        await queueA.call((api) => api.reconfigure(raw, options(segment.overrides)), signal),
        `cannot change run A at tick ${stop}`,
      )
    if (stop === branchTick && spec.b) {
      const snapshot = await queueA.call((api) => api.snapshot(), signal)
      queueB = await engine('b')
      const overridesB = spec.b.segments[0].overrides
      infoB = checked(
        await queueB.call((api) => api.restore(snapshot, raw, options(overridesB)), signal),
        'cannot branch run B',
      )
    }
    if (queueB)
      for (const segment of laterB.filter((s) => s.tick === stop))
        infoB = checked(
          await queueB.call((api) => api.reconfigure(raw, options(segment.overrides)), signal),
          `cannot change run B at tick ${stop}`,
        )
  }
  const fetchedA = await fetchRun(queueA, signal, true)
  const a: RunState = {
    recipe: spec.a,
    scenario: infoA.scenario,
    data: runData(
      fetchedA.observables,
      infoA.observableNames,
      fetchedA.events,
      fetchedA.outcome,
      fetchedA.tick,
    ),
  }
  let b: RunState | null = null
  if (queueB && infoB && spec.b) {
    const fetchedB = await fetchRun(queueB, signal, false)
    b = {
      recipe: spec.b,
      scenario: infoB.scenario,
      data: runData(
        fetchedB.observables,
        infoB.observableNames,
        fetchedB.events,
        fetchedB.outcome,
        fetchedB.tick,
      ),
    }
  }
  return { a, b, frame: fetchedA.frame }
}
