// The page's share link both ways: the fragment that reproduces what the page shows now, and what
// to load from a fragment in the address bar (the fragment's format lives in share.ts).
import { parseScenarioText, ScenarioFileError } from '../../io/scenario-text.ts'
import type { UnitMode } from '../../io/units.ts'
import { nestingProblem } from '../../scenario/nesting.ts'
import { formatProblem } from '../../scenario/spec/problem.ts'
import { loadLesson } from './lessons.ts'
import type { LoadSpec } from './replay.ts'
import { messageOf, sourceFrom } from './run-data.ts'
import { decodeShare, encodeShare, ShareLinkError, type ViewMode } from './share.ts'
import type { AppState, LessonState, Source } from './state.ts'

/** The fragment (without `#`) that reopens the page as it is now, or null with no run. */
export async function linkOf(state: AppState): Promise<string | null> {
  if (!state.source || !state.a) return null
  return encodeShare({
    scenario:
      state.source.id !== undefined
        ? { id: state.source.id }
        : { text: state.source.text ?? JSON.stringify(state.source.raw) },
    preset: state.preset,
    seed: state.seed,
    tick: state.a.data.tick,
    view: state.view,
    overlay: state.overlay,
    a: state.a.recipe,
    b: state.b?.recipe,
    ensemble:
      state.ensemble?.status === 'done'
        ? { runs: state.ensemble.runs, ticks: state.ensemble.ticks }
        : undefined,
    units: state.units,
    lesson: state.lesson ? { id: state.lesson.id, step: state.lesson.step } : undefined,
  })
}

export interface Opened {
  load: LoadSpec
  view: ViewMode
  overlay: boolean
  ensemble?: { runs: number; ticks: number }
  /** Absent when the link does not say (links made before it carried the units). */
  units?: UnitMode
  /** The lesson open at the link's step, its actions up to that step taken as done. */
  lesson: LessonState | null
}

/** The lesson a link names at its step (from 0), checked; throws ShareLinkError naming the bad part. */
function lessonAt(id: string, step: number): LessonState {
  let lesson: LessonState['lesson']
  try {
    lesson = loadLesson(id)
  } catch (error) {
    throw new ShareLinkError([`lesson: ${messageOf(error)}`])
  }
  const count = lesson.steps.length
  if (step >= count)
    throw new ShareLinkError([`step: the lesson "${id}" has steps 1 to ${count}, got ${step + 1}`])
  return { id, lesson, step, reached: step }
}

/** What a share link asks to load, or null when `hash` holds none; throws ShareLinkError when unreadable. */
export async function openLink(
  hash: string,
  sourceById: (id: string) => Promise<Source>,
): Promise<Opened | null> {
  const shared = await decodeShare(hash)
  if (!shared) return null
  const lesson = shared.lesson ? lessonAt(shared.lesson.id, shared.lesson.step) : null
  let source: Source
  if (shared.scenario.id !== undefined) source = await sourceById(shared.scenario.id)
  else {
    const text = shared.scenario.text ?? ''
    let raw: unknown
    try {
      raw = parseScenarioText(text, 'shared scenario')
    } catch (error) {
      if (error instanceof ScenarioFileError) throw new ShareLinkError([`data: ${error.reason}`])
      throw error
    }
    // Refused here, before postMessage: structured cloning data nested 100 000 deep overflows the stack.
    const deep = nestingProblem(raw)
    if (deep) throw new ShareLinkError([`data ${formatProblem(deep)}`])
    source = sourceFrom(raw, { text, file: 'shared scenario' })
  }
  return {
    load: { source, preset: shared.preset, seed: shared.seed, a: shared.a, b: shared.b, tick: shared.tick },
    view: shared.view,
    overlay: shared.overlay,
    ensemble: shared.ensemble,
    units: shared.units,
    lesson,
  }
}
