// Branching: run B starts in its own engine from a snapshot of run A as it is now, with A's
// parameters, so both runs share their random numbers until a setting of B is changed.
import type { Engines } from './engines.ts'
import { currentOverrides, overrideList, startRecipe } from './recipe.ts'
import { fetchRun } from './replay.ts'
import { checked, runData } from './run-data.ts'
import type { RunState } from './state.ts'

/** Run B, branched from run A at A's current tick. */
export async function branchFrom(
  a: RunState,
  source: { raw: unknown },
  preset: string | undefined,
  engines: Engines,
  signal: AbortSignal,
  /** Settings run B starts with on top of A's (a lesson's "branch here with these settings"). */
  changes: Readonly<Record<string, unknown>> = {},
): Promise<RunState> {
  const queueA = await engines.get('a')
  const snapshot = await queueA.call((api) => api.snapshot(), signal)
  const queueB = await engines.get('b')
  const overrides = { ...currentOverrides(a.recipe), ...changes }
  const info = checked(
    await queueB.call(
      (api) => api.restore(snapshot, source.raw, { preset, overrides: overrideList(overrides) }),
      signal,
    ),
    'cannot branch',
  )
  const fetched = await fetchRun(queueB, signal, false)
  return {
    recipe: startRecipe(snapshot.tick, overrides),
    scenario: info.scenario,
    data: runData(fetched.observables, info.observableNames, fetched.events, fetched.outcome, fetched.tick),
  }
}
