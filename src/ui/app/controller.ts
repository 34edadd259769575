// Everything the app does with the engine, as actions on the store: restart a run from a setup,
// play, step, change parameters mid-run, branch run B, run an ensemble, inspect, share, export.
// The clock (playback.ts), the workers (engines.ts), the map inspector (pin-action.ts), lessons,
// links and branching are kept apart; this file wires them to the store.

import { isAbortError } from '../../bridge/browser.ts'
import { toCsv } from '../../io/csv.ts'
import { branchFrom } from './branch.ts'
import { Engines, type RunName } from './engines.ts'
import { ensembleInto } from './ensemble-action.ts'
import { createLessonActions } from './lesson-action.ts'
import { lessonLink } from './lesson-link.ts'
import { DEFAULT_SCENARIO, hasScenario, LIBRARY, loadLibraryScenario } from './library.ts'
import { linkOf } from './link.ts'
import { isSeed } from './link-problems.ts'
import { LongReplay } from './long-replay.ts'
import { readScenarioBytes } from './open-file.ts'
import { LinkOpener } from './open-link.ts'
import { changeNotice, changeParameter } from './parameter-change.ts'
import { createPinActions } from './pin-action.ts'
import { playEnd } from './play-end.ts'
import { Playback } from './playback.ts'
import { currentOverrides, type Overrides, startRecipe, withOverrides } from './recipe.ts'
import { type LoadSpec, replay } from './replay.ts'
import { messageOf, seedOf, sourceFrom, withAdvance } from './run-data.ts'
import { columns } from './series.ts'
import type { ViewMode } from './share.ts'
import type { AppState, RunState, Source } from './state.ts'
import type { Store } from './store.ts'

/** What a run starts from: `restart(patch)` changes some of it and starts run A afresh at tick 0. */
export interface RunSetup {
  source: Source
  preset: string | undefined
  seed: number
  /** Overrides run A starts with. */
  overrides: Overrides
}

export type Controller = ReturnType<typeof createController>

export function createController(store: Store<AppState>) {
  const engines = new Engines((error) => fail(error))
  const pins = createPinActions(store, engines)
  let ensembleAbort: AbortController | undefined

  const set = (patch: Partial<AppState>) => store.update((state) => ({ ...state, ...patch }))

  /** Runs an action; a cancelled call is no error, any other failure becomes a notice. */
  const guard =
    <Args extends unknown[]>(action: (...args: Args) => Promise<unknown>) =>
    (...args: Args): Promise<void> =>
      action(...args).then(() => undefined, fail)

  function fail(error: unknown): void {
    if (isAbortError(error)) return
    playback.stop()
    set({ notice: { kind: 'error', text: messageOf(error) }, busy: null, playing: false })
  }

  const playback = new Playback({
    tick: () => store.get().a?.data.tick ?? 0,
    speed: () => store.get().speed,
    // Anything that marks the page paused (a failure elsewhere, say) stops the clock too.
    advance: (ticks) => (store.get().playing ? advanceBy(ticks) : Promise.resolve(false)),
    reached(tick) {
      const state = store.get()
      if (state.lesson && state.lesson.lesson.steps[state.lesson.step]?.runTo === tick) {
        set({ playing: false })
        return
      }
      const horizon = state.a?.scenario.ticks ?? tick
      const text =
        tick > horizon
          ? `Stopped at tick ${tick}, past the scenario's horizon (${horizon}), so that ${state.b ? 'both runs are' : 'the run is'} judged over the whole window after ${state.b ? 'their' : 'its'} exit. Play again to go on.`
          : `Reached the scenario's horizon, tick ${tick}. Play again to go on.`
      set({ playing: false, notice: { kind: 'info', text } })
    },
    failed: fail,
  })

  const longReplay = new LongReplay({ get: store.get, set, load: (spec) => load(spec) })

  /** Creates run A (and B) and replays their recipes up to `spec.tick`, paused. */
  async function load(spec: LoadSpec): Promise<void> {
    playback.stop()
    const signal = engines.renew()
    set({
      playing: false,
      busy: spec.tick > 0 ? `Replaying to tick ${spec.tick}…` : 'Loading…',
      notice: null,
    })
    const onProgress = longReplay.begin(spec)
    const { a, b, frame } = await replay(spec, (which) => engines.get(which), signal, onProgress)
    longReplay.end()
    store.update((state) => ({
      ...state,
      source: spec.source,
      preset: spec.preset,
      seed: spec.seed,
      a,
      b,
      editing: b ? 'b' : 'a',
      frame,
      busy: null,
      replaying: null,
      paramProblems: {},
      fileProblems: null,
      question: null,
      inspected: null,
      pinned: null,
      highlightTick: null,
      shareLink: null,
    }))
  }

  /** Starts run A afresh at tick 0 from the current setup with `patch` applied; run B is dropped. */
  async function restart(patch: Partial<RunSetup> = {}): Promise<void> {
    const state = store.get()
    const source = patch.source ?? state.source
    if (!source) return
    const setup: RunSetup = {
      source,
      preset: 'preset' in patch ? patch.preset : state.preset,
      seed: patch.seed ?? state.seed,
      overrides: patch.overrides ?? (state.a ? currentOverrides(state.a.recipe) : {}),
    }
    await load({
      source: setup.source,
      preset: setup.preset,
      seed: setup.seed,
      a: startRecipe(0, setup.overrides),
      tick: 0,
    })
  }

  /** A new scenario: its own seed, no preset, no overrides. */
  const fresh = (source: Source, seed = seedOf(source.raw)) => {
    set({ lesson: null })
    return restart({ source, preset: undefined, seed, overrides: {} })
  }

  async function sourceById(id: string): Promise<Source> {
    return sourceFrom(await loadLibraryScenario(id), { id })
  }

  // ---- playing -----------------------------------------------------------------------------

  /** Advances A (and B, to the same tick) by `ticks`; resolves with the engines' milliseconds for
   * it, or false when a run stopped on an error. */
  async function advanceBy(ticks: number): Promise<number | false> {
    const state = store.get()
    const queueA = engines.current('a')
    if (!state.a || !queueA) return false
    const signal = engines.signal
    const target = state.a.data.tick + ticks
    const queueB = engines.current('b')
    const b = state.b
    const [resultA, resultB] = await Promise.all([
      queueA.call((api) => api.advance(ticks, { frame: true }), signal),
      ...(b && queueB ? [queueB.call((api) => api.advance(Math.max(0, target - b.data.tick)), signal)] : []),
    ])
    const failed = resultA.error ? resultA : resultB?.error ? resultB : undefined
    store.update((current) => {
      if (!current.a) return current
      return {
        ...current,
        a: withAdvance(current.a, resultA),
        b: current.b && resultB ? withAdvance(current.b, resultB) : current.b,
        frame: resultA.frame ?? current.frame,
        playing: failed ? false : current.playing,
        notice: failed?.error
          ? {
              kind: 'error',
              text: `Run ${failed === resultA ? 'A' : 'B'} stopped at tick ${failed.tick}: ${failed.error.message}`,
            }
          : current.notice,
      }
    })
    if (store.get().pinned) void pins.follow().catch(fail)
    return failed === undefined ? Math.max(resultA.computeMs, resultB?.computeMs ?? 0) : false
  }

  const pause = () => {
    playback.stop()
    set({ playing: false })
  }

  // ---- parameters ----------------------------------------------------------------------------

  async function setParameter(target: RunName, path: string, value: unknown): Promise<void> {
    const state = store.get()
    const outcome = await changeParameter(state, target, path, value, engines)
    if (!outcome) return
    const clear = { ...state.paramProblems }
    delete clear[path]
    if (outcome.kind === 'refused') {
      set({ paramProblems: { ...clear, ...outcome.problems } })
      return
    }
    // The world's shape is fixed for a run's life: changing it starts over.
    if (outcome.kind === 'restart') {
      await restart({ overrides: outcome.overrides })
      return
    }
    store.update((current) => {
      const run = current[target]
      if (!run) return current
      const updated: RunState = {
        ...run,
        scenario: outcome.scenario,
        recipe: withOverrides(run.recipe, outcome.tick, outcome.overrides),
      }
      return {
        ...current,
        [target]: updated,
        paramProblems: clear,
        notice: { kind: 'info', text: changeNotice(target, path, value, outcome.scenario, outcome.tick) },
      }
    })
  }

  // ---- ensembles -------------------------------------------------------------------------------

  async function ensemble(runs: number, ticks: number): Promise<void> {
    ensembleAbort?.abort()
    ensembleAbort = new AbortController()
    await ensembleInto(store, runs, ticks, ensembleAbort.signal)
  }

  // ---- share links -------------------------------------------------------------------------------

  const links = new LinkOpener({
    load,
    set,
    sourceById,
    ensemble: (runs, ticks) => void guard(ensemble)(runs, ticks),
  })

  // ---- guided lessons (lesson-action.ts) ---------------------------------------------------------

  const lessons = createLessonActions({ store, load, sourceById, pause, playback, engines })
  const { openLesson, goToStep } = lessons

  /** Opens the share link in location.hash; false when there is none. */
  async function openHash(): Promise<boolean> {
    const lesson = lessonLink(location.hash)
    if (lesson) {
      await openLesson(lesson.id, lesson.step)
      return true
    }
    return links.open(location.hash)
  }

  // ---- the public actions ------------------------------------------------------------------------

  return {
    /** Starts the engine and opens the share link in the URL, or the default scenario. */
    boot: guard(async () => {
      await engines.get('a')
      const reopen = guard(async () => (await openHash()) || links.showProblems())
      window.addEventListener('hashchange', () => void reopen())
      if (!(await openHash())) {
        const id = hasScenario(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : LIBRARY[0]?.id
        if (id === undefined) throw new Error('the scenario library is empty')
        await fresh(await sourceById(id))
      }
      links.showProblems()
    }),

    chooseScenario: guard(async (id: string) => {
      await fresh(await sourceById(id))
    }),

    /** Opens a scenario file: its problems are listed by path and nothing else changes; a good one starts a run. */
    openFile: guard(async (file: File) => {
      const read = readScenarioBytes(new Uint8Array(await file.arrayBuffer()), file.name)
      if (!read.ok) {
        set({ fileProblems: { file: file.name, problems: read.problems } })
        return
      }
      const { raw, text } = read
      const queue = await engines.get('a')
      const result = await queue.call((api) => api.validate(raw))
      if (!result.ok) {
        set({ fileProblems: { file: file.name, problems: result.problems } })
        return
      }
      await fresh(sourceFrom(raw, { text, file: file.name }), result.scenario.seed)
    }),

    /** A preset restarts run A at tick 0; with run B or ticks played, the page asks first. */
    choosePreset: guard(async (preset: string | undefined) => {
      const state = store.get()
      if (preset === state.preset) return
      const tick = state.a?.data.tick ?? 0
      if (state.b || tick > 0) {
        const lost = state.b ? `run B and the ${tick} ticks played` : `the ${tick} ticks played`
        set({
          question: {
            text: `The preset “${preset ?? 'none'}” starts the scenario again at tick 0: ${lost} and the changes made will be discarded. To compare a setting from here, branch and change it on run B instead.`,
            yes: `Restart with “${preset ?? 'no preset'}”`,
            no: 'Keep the current runs',
            preset,
          },
        })
        return
      }
      await restart({ preset, overrides: {} })
    }),

    answer: guard(async (yes: boolean) => {
      const question = store.get().question
      set({ question: null })
      if (yes && question?.ensemble) await ensemble(question.ensemble.runs, question.ensemble.ticks)
      else if (yes && question) await restart({ preset: question.preset, overrides: {} })
    }),

    setSeed: guard(async (seed: number) => {
      if (!isSeed(seed)) return
      await restart({ seed })
    }),

    reset: guard(() => restart()),

    play() {
      const state = store.get()
      if (!state.a || state.busy || state.playing) return
      const endNow = () => {
        const current = store.get()
        return playEnd([current.a, current.b], current.a?.scenario.ticks ?? 0)
      }
      const open = state.a.data.tick >= endNow()
      set({ playing: true, notice: null })
      playback.start(open ? () => Number.POSITIVE_INFINITY : endNow)
    },

    pause,

    step: guard(async () => {
      const state = store.get()
      if (!state.a || state.busy) return
      pause()
      await playback.idle()
      await advanceBy(1)
    }),

    setSpeed(speed: number) {
      playback.repace()
      set({ speed })
    },

    setParameter: guard(setParameter),

    setEditing(editing: RunName) {
      set({ editing })
    },

    branch: guard(async () => {
      const state = store.get()
      if (!state.a || !state.source || state.busy) return
      pause()
      await playback.idle()
      const b = await branchFrom(state.a, state.source, state.preset, engines, engines.signal)
      set({
        b,
        editing: 'b',
        notice: {
          kind: 'info',
          text: `Run B branched from A at tick ${b.data.tick}. The panel now edits B; both runs share their random numbers.`,
        },
      })
    }),

    unbranch() {
      set({ b: null, editing: 'a' })
    },

    runEnsemble: guard(ensemble),
    cancelReplay: guard(() => longReplay.cancel()),

    /** Opens a lesson by putting its link in the address bar, so the link is the one to share. */
    chooseLesson(id: string) {
      location.hash = `lesson=${encodeURIComponent(id)}`
    },

    lessonStep: guard((index: number) => goToStep(index)),

    closeLesson() {
      set({ lesson: null })
      if (location.hash.startsWith('#lesson='))
        history.replaceState(null, '', location.pathname + location.search)
    },

    cancelEnsemble() {
      ensembleAbort?.abort()
    },

    closeEnsemble() {
      ensembleAbort?.abort()
      set({ ensemble: null })
    },

    // The map inspector (pin-action.ts).
    hover: guard(pins.hover),
    /** Pins the agent on `cell` (by id, so the pin follows it); picking it again unpins it. */
    pick: guard(pins.pick),
    unpin: pins.unpin,

    highlight(tick: number | null) {
      set({ highlightTick: tick })
    },

    setView(view: ViewMode) {
      set({ view })
    },

    toggleUnits() {
      store.update((state) => ({ ...state, units: state.units === 'real' ? 'model' : 'real' }))
    },

    toggleOverlay() {
      store.update((state) => ({ ...state, overlay: !state.overlay }))
    },

    toggleHelp(open?: boolean) {
      store.update((state) => ({ ...state, helpOpen: open ?? !state.helpOpen }))
    },

    dismissNotice() {
      set({ notice: null })
    },

    closeProblems() {
      set({ fileProblems: null })
    },

    /** The share link of the run as it is now; also put in the address bar. */
    share: guard(async () => {
      const fragment = await linkOf(store.get())
      if (fragment === null) return
      history.replaceState(null, '', `#${fragment}`)
      const link = location.href
      set({ shareLink: link })
      navigator.clipboard?.writeText(link).catch(() => undefined)
    }),

    /** Run A's (or B's) observables as CSV, with the columns of `drawdown run`. */
    csv(which: RunName): string | null {
      const run = store.get()[which]
      if (!run) return null
      return toCsv(columns(run.data.series), run.data.series.names)
    },
  }
}
