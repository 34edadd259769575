// A guided lesson's actions: open a lesson (its scenario, preset, seed and starting settings), at
// its start or walked to a step, and go to a step; the first visit to a step runs what it asks
// (branch run B with its settings, play to its tick), a later visit only shows it again.
import { branchFrom } from './branch.ts'
import type { Engines } from './engines.ts'
import { loadLesson } from './lessons.ts'
import type { Playback } from './playback.ts'
import { startRecipe } from './recipe.ts'
import type { LoadSpec } from './replay.ts'
import { seedOf } from './run-data.ts'
import type { AppState, Source } from './state.ts'
import type { Store } from './store.ts'

export interface LessonDeps {
  store: Store<AppState>
  load: (spec: LoadSpec) => Promise<void>
  sourceById: (id: string) => Promise<Source>
  pause: () => void
  playback: Playback
  engines: Engines
}

export function createLessonActions({ store, load, sourceById, pause, playback, engines }: LessonDeps) {
  const set = (patch: Partial<AppState>) => store.update((state) => ({ ...state, ...patch }))

  /** Until the step's run (its branch, its play to a tick) has finished. */
  async function stepDone(): Promise<void> {
    while (store.get().playing || store.get().busy) await new Promise((resolve) => setTimeout(resolve, 50))
    await playback.idle()
  }

  /** Opens lesson `id` at its first step, or walks it to `step` (from 0), each step's run done in turn. */
  async function openLesson(id: string, step = 0): Promise<void> {
    const lesson = loadLesson(id)
    if (step >= lesson.steps.length)
      throw new Error(`step: the lesson "${id}" has steps 1 to ${lesson.steps.length}, got ${step + 1}`)
    const source = await sourceById(lesson.scenario)
    await load({
      source,
      preset: lesson.preset,
      seed: lesson.seed ?? seedOf(source.raw),
      a: startRecipe(0, lesson.set ?? {}),
      tick: 0,
    })
    set({ lesson: { id, lesson, step: 0, reached: -1 } })
    await goToStep(0)
    for (let next = 1; next <= step; next++) {
      await stepDone()
      // Closed, or another lesson opened, on the way: stop walking.
      if (store.get().lesson?.lesson !== lesson) return
      await goToStep(next)
    }
  }

  /** Shows step `index`; the first time a step is reached, its branch and run-to happen. */
  async function goToStep(index: number): Promise<void> {
    const current = store.get().lesson
    if (!current) return
    const step = Math.max(0, Math.min(current.lesson.steps.length - 1, index))
    const firstVisit = step > current.reached
    set({ lesson: { ...current, step, reached: Math.max(current.reached, step) }, notice: null })
    if (!firstVisit) return
    const spec = current.lesson.steps[step]
    const state = store.get()
    if (spec.branch && state.a && state.source) {
      pause()
      set({ busy: `Branching run B at tick ${state.a.data.tick}…` })
      await playback.idle()
      const b = await branchFrom(state.a, state.source, state.preset, engines, engines.signal, spec.branch)
      // Cleared in the same frame as Play starts below, so the page never looks idle in between.
      set({ b, editing: 'b', busy: null })
    }
    const tick = store.get().a?.data.tick ?? 0
    if (spec.runTo !== undefined && spec.runTo > tick) {
      const target = spec.runTo
      set({ playing: true })
      playback.start(() => target)
    }
  }

  return { openLesson, goToStep }
}
