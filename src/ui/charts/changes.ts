// What the time axes mark besides events: each setting changed while a run ran (from the run's
// recipe, so a replayed share link marks the same), and the tick run B branched off.

import { listParameters, type ScenarioKind, scenarioKinds } from '../../scenario/schema.ts'
import { changedEntries } from '../app/recipe.ts'
import type { AppState, RunState } from '../app/state.ts'
import type { Change } from './types.ts'

const labelsOf = (kind: string | undefined): Map<string, string> =>
  kind && Object.hasOwn(scenarioKinds, kind)
    ? new Map(listParameters(kind as ScenarioKind).map((info) => [info.path, info.label ?? info.path]))
    : new Map()

const valueWords = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

function runChanges(run: RunState, label: string, labels: Map<string, string>, skipFirst: boolean): Change[] {
  const segments = run.recipe.segments
  const changes: Change[] = []
  segments.forEach((segment, i) => {
    if (i === 0 && skipFirst) return
    const before = i === 0 ? {} : segments[i - 1].overrides
    const entries = changedEntries(before, segment.overrides)
    const what = entries
      .map(([path, value]) => `${labels.get(path) ?? path} → ${valueWords(value)}`)
      .join('; ')
    const text =
      i === 0
        ? `run ${label} branched at tick ${segment.tick}${what ? `: ${what}` : ''}`
        : `run ${label}, from tick ${segment.tick + 1}: ${what || 'settings changed'}`
    changes.push({ tick: segment.tick, run: label, text })
  })
  return changes
}

/** Every mid-run change of runs A and B, and B's branch point, oldest first. */
export function changesOf(state: AppState): Change[] {
  const labels = labelsOf(state.source?.kind)
  const changes = [
    ...(state.a ? runChanges(state.a, 'A', labels, true) : []),
    ...(state.b ? runChanges(state.b, 'B', labels, false) : []),
  ]
  return changes.sort((x, y) => x.tick - y.tick)
}

/** Ticks per year of run A's scenario, when it has one. */
export function ticksPerYearOf(state: AppState): number | undefined {
  const value = (state.a?.scenario as { ticksPerYear?: unknown } | undefined)?.ticksPerYear
  return typeof value === 'number' && value > 0 ? value : undefined
}
