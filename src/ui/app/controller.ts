// Everything the app does with the engine: load a scenario and replay a recipe, play in batches,
// step, reset, change parameters mid-run, branch run B, run an ensemble, inspect, share, export.
// The engine runs in workers only; each reset starts a new generation whose AbortSignal cancels
// every call the old one still had queued or in flight.

import type { Advance } from '../../../workers/engine-api.ts'
import { EngineQueue, isAbortError, spawnBrowserEngine } from '../../bridge/browser.ts'
import { toCsv } from '../../io/csv.ts'
import { parseScenarioText, ScenarioFileError } from '../../io/scenario-text.ts'
import { ensembleInto } from './ensemble-action.ts'
import { DEFAULT_SCENARIO, hasScenario, LIBRARY, loadLibraryScenario } from './library.ts'
import { currentOverrides, overrideList, startRecipe, withOverrides } from './recipe.ts'
import { fetchRun, type LoadSpec, replay } from './replay.ts'
import { checked, messageOf, runData, seedOf, sourceFrom, withAdvance } from './run-data.ts'
import { columns } from './series.ts'
import { decodeShare, encodeShare, ShareLinkError, type ViewMode } from './share.ts'
import type { AppState, RunState, Source } from './state.ts'
import type { Store } from './store.ts'

/** At full speed, aim for a batch every this many milliseconds (about one display frame). */
const BATCH_MS = 16
const MAX_BATCH = 500

export type Controller = ReturnType<typeof createController>

export function createController(store: Store<AppState>) {
  let engineA: EngineQueue | undefined
  let engineB: EngineQueue | undefined
  let generation = new AbortController()
  let ensembleAbort: AbortController | undefined
  let hoverAbort: AbortController | undefined
  let playUntil = Number.POSITIVE_INFINITY
  let batchInFlight = false
  let budget = 0
  let lastBudgetTime = 0
  let msPerTick = 5
  let timer: ReturnType<typeof setTimeout> | undefined

  const set = (patch: Partial<AppState>) => store.update((state) => ({ ...state, ...patch }))
  const notify = (text: string, kind: 'error' | 'info' = 'error') => set({ notice: { kind, text } })

  /** Runs an action; a cancelled call is no error, any other failure becomes a notice. */
  const guard =
    <Args extends unknown[]>(action: (...args: Args) => Promise<unknown>) =>
    (...args: Args): Promise<void> =>
      action(...args).then(
        () => undefined,
        (error: unknown) => {
          if (isAbortError(error)) return
          set({ notice: { kind: 'error', text: messageOf(error) }, busy: null, playing: false })
        },
      )

  async function engine(which: 'a' | 'b'): Promise<EngineQueue> {
    const current = which === 'a' ? engineA : engineB
    if (current && current.handle.failure === undefined) return current
    const fresh = new EngineQueue(await spawnBrowserEngine())
    if (which === 'a') engineA = fresh
    else engineB = fresh
    return fresh
  }

  const renew = (): AbortSignal => {
    generation.abort()
    generation = new AbortController()
    clearTimeout(timer)
    batchInFlight = false
    return generation.signal
  }

  /** Creates run A (and B) and replays their recipes up to `spec.tick`, paused. */
  async function load(spec: LoadSpec): Promise<void> {
    const signal = renew()
    set({
      playing: false,
      busy: spec.tick > 0 ? `Replaying to tick ${spec.tick}…` : 'Loading…',
      notice: null,
    })
    const { a, b, frame } = await replay(spec, engine, signal)
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
      paramProblems: {},
      fileProblems: null,
      inspected: null,
      pinned: null,
      highlightTick: null,
      shareLink: null,
    }))
  }

  async function sourceById(id: string): Promise<Source> {
    return sourceFrom(await loadLibraryScenario(id), { id })
  }

  // ---- playing -----------------------------------------------------------------------------

  function batchSize(state: AppState): number {
    const now = performance.now()
    if (state.speed === 0) return Math.max(1, Math.min(MAX_BATCH, Math.round(BATCH_MS / msPerTick)))
    budget = Math.min(budget + ((now - lastBudgetTime) / 1000) * state.speed, Math.max(1, state.speed / 4))
    lastBudgetTime = now
    return Math.floor(budget)
  }

  function schedule(delay = 0) {
    clearTimeout(timer)
    timer = setTimeout(loop, delay)
  }

  function loop() {
    const state = store.get()
    if (!state.playing || batchInFlight || !state.a) return
    let ticks = batchSize(state)
    if (ticks < 1) {
      schedule(Math.max(4, ((1 - budget) / state.speed) * 1000))
      return
    }
    ticks = Math.min(ticks, Math.max(0, playUntil - state.a.data.tick))
    if (ticks === 0) {
      set({
        playing: false,
        notice: {
          kind: 'info',
          text: `Reached the scenario's horizon, tick ${playUntil}. Play again to go on.`,
        },
      })
      return
    }
    if (state.speed !== 0) budget -= ticks
    void guard(advanceBy)(ticks, true)
  }

  /** Advances A (and B, to the same tick) by `ticks`; in play, schedules the next batch. */
  async function advanceBy(ticks: number, playing: boolean): Promise<void> {
    const state = store.get()
    if (!state.a || !engineA) return
    const signal = generation.signal
    const target = state.a.data.tick + ticks
    batchInFlight = true
    const started = performance.now()
    try {
      const calls: Promise<Advance>[] = [engineA.call((api) => api.advance(ticks, { frame: true }), signal)]
      const b = state.b
      if (b && engineB)
        calls.push(engineB.call((api) => api.advance(Math.max(0, target - b.data.tick)), signal))
      const [resultA, resultB] = await Promise.all(calls)
      if (ticks > 0) msPerTick = 0.7 * msPerTick + (0.3 * (performance.now() - started)) / ticks
      const error = resultA.error ?? resultB?.error
      store.update((current) => {
        if (!current.a) return current
        return {
          ...current,
          a: withAdvance(current.a, resultA),
          b: current.b && resultB ? withAdvance(current.b, resultB) : current.b,
          frame: resultA.frame ?? current.frame,
          playing: error ? false : current.playing,
          notice: error
            ? {
                kind: 'error',
                text: `Run ${resultA.error ? 'A' : 'B'} stopped at tick ${(resultA.error ? resultA : resultB!).tick}: ${error.message}`,
              }
            : current.notice,
        }
      })
      if (!playing && store.get().pinned !== null) void guard(inspectCell)(store.get().pinned!, true)
    } finally {
      batchInFlight = false
    }
    if (playing && store.get().playing && !signal.aborted) schedule(0)
  }

  async function inspectCell(cell: number, pin: boolean): Promise<void> {
    hoverAbort?.abort()
    const controller = new AbortController()
    hoverAbort = controller
    if (!engineA) return
    const info = await engineA.call((api) => api.inspect(cell), controller.signal)
    store.update((state) => ({ ...state, inspected: info, pinned: pin ? cell : state.pinned }))
  }

  // ---- parameters ----------------------------------------------------------------------------

  async function setParameter(target: 'a' | 'b', path: string, value: unknown): Promise<void> {
    const state = store.get()
    const run = target === 'a' ? state.a : state.b
    if (!state.source || !run) return
    const overrides = { ...currentOverrides(run.recipe), [path]: value }
    const clear = { ...state.paramProblems }
    delete clear[path]
    if (path.startsWith('world.')) {
      if (target === 'b') {
        set({
          paramProblems: {
            ...clear,
            [path]: 'runs A and B share one world: change it on run A (this resets the run)',
          },
        })
        return
      }
      // The world's shape is fixed for a run's life: changing it starts over.
      const queue = await engine('a')
      const checkedResult = await queue.call((api) =>
        api.validate(state.source!.raw, { preset: state.preset, overrides: overrideList(overrides) }),
      )
      if (!checkedResult.ok) {
        set({
          paramProblems: {
            ...clear,
            ...Object.fromEntries(checkedResult.problems.map((p) => [p.path, p.message])),
          },
        })
        return
      }
      await load({
        source: state.source,
        preset: state.preset,
        seed: state.seed,
        a: startRecipe(0, overrides),
        tick: 0,
      })
      return
    }
    const queue = target === 'a' ? engineA : engineB
    if (!queue) return
    const result = await queue.call(
      (api) =>
        api.reconfigure(state.source!.raw, { preset: state.preset, overrides: overrideList(overrides) }),
      generation.signal,
    )
    if (!result.ok) {
      set({
        paramProblems: { ...clear, ...Object.fromEntries(result.problems.map((p) => [p.path, p.message])) },
      })
      return
    }
    store.update((current) => {
      const currentRun = target === 'a' ? current.a : current.b
      if (!currentRun) return current
      const updated: RunState = {
        ...currentRun,
        scenario: result.scenario,
        recipe: withOverrides(currentRun.recipe, result.tick, overrides),
      }
      return { ...current, [target]: updated, paramProblems: clear }
    })
  }

  // ---- ensembles -------------------------------------------------------------------------------

  async function ensemble(runs: number, ticks: number): Promise<void> {
    ensembleAbort?.abort()
    ensembleAbort = new AbortController()
    await ensembleInto(store, runs, ticks, ensembleAbort.signal)
  }

  // ---- the public actions ------------------------------------------------------------------------

  const pause = () => {
    clearTimeout(timer)
    set({ playing: false })
  }

  return {
    /** Starts the engine and opens the share link in the URL, or the default scenario. */
    boot: guard(async () => {
      await engine('a')
      window.addEventListener('hashchange', () => void openHash())
      if (!(await openHash())) {
        const id = hasScenario(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : LIBRARY[0]?.id
        if (id === undefined) throw new Error('the scenario library is empty')
        const source = await sourceById(id)
        await load({ source, seed: seedOf(source.raw), a: startRecipe(0), tick: 0 })
      }
    }),

    chooseScenario: guard(async (id: string) => {
      const source = await sourceById(id)
      await load({ source, seed: seedOf(source.raw), a: startRecipe(0), tick: 0 })
    }),

    /** Opens a scenario file: its problems are listed by path and nothing else changes; a good one starts a run. */
    openFile: guard(async (file: File) => {
      const text = await file.text()
      let raw: unknown
      try {
        raw = parseScenarioText(text, file.name)
      } catch (error) {
        if (!(error instanceof ScenarioFileError)) throw error
        set({ fileProblems: { file: file.name, problems: [{ path: '(file)', message: error.reason }] } })
        return
      }
      const queue = await engine('a')
      const result = await queue.call((api) => api.validate(raw))
      if (!result.ok) {
        set({ fileProblems: { file: file.name, problems: result.problems } })
        return
      }
      const source = sourceFrom(raw, { text, file: file.name })
      await load({ source, seed: result.scenario.seed, a: startRecipe(0), tick: 0 })
    }),

    choosePreset: guard(async (preset: string | undefined) => {
      const state = store.get()
      if (!state.source) return
      await load({ source: state.source, preset, seed: state.seed, a: startRecipe(0), tick: 0 })
    }),

    setSeed: guard(async (seed: number) => {
      const state = store.get()
      if (!state.source || !Number.isSafeInteger(seed) || seed < 0) return
      await load({
        source: state.source,
        preset: state.preset,
        seed,
        a: startRecipe(0, state.a ? currentOverrides(state.a.recipe) : {}),
        tick: 0,
      })
    }),

    reset: guard(async () => {
      const state = store.get()
      if (!state.source) return
      await load({
        source: state.source,
        preset: state.preset,
        seed: state.seed,
        a: startRecipe(0, state.a ? currentOverrides(state.a.recipe) : {}),
        tick: 0,
      })
    }),

    play() {
      const state = store.get()
      if (!state.a || state.busy || state.playing) return
      const horizon = state.a.scenario.ticks
      playUntil = state.a.data.tick < horizon ? horizon : Number.POSITIVE_INFINITY
      budget = 1
      lastBudgetTime = performance.now()
      set({ playing: true, notice: null })
      schedule(0)
    },

    pause,

    step: guard(async () => {
      const state = store.get()
      if (!state.a || state.busy) return
      pause()
      while (batchInFlight) await new Promise((resolve) => setTimeout(resolve, 5))
      await advanceBy(1, false)
    }),

    setSpeed(speed: number) {
      budget = 1
      lastBudgetTime = performance.now()
      set({ speed })
    },

    setParameter: guard(setParameter),

    setEditing(editing: 'a' | 'b') {
      set({ editing })
    },

    branch: guard(async () => {
      const state = store.get()
      if (!state.a || !state.source || state.busy) return
      pause()
      const signal = generation.signal
      const queueA = await engine('a')
      const snapshot = await queueA.call((api) => api.snapshot(), signal)
      const queueB = await engine('b')
      const overrides = currentOverrides(state.a.recipe)
      const info = checked(
        await queueB.call(
          (api) =>
            api.restore(snapshot, state.source!.raw, {
              preset: state.preset,
              overrides: overrideList(overrides),
            }),
          signal,
        ),
        'cannot branch',
      )
      const fetched = await fetchRun(queueB, signal, false)
      const b: RunState = {
        recipe: startRecipe(snapshot.tick, overrides),
        scenario: info.scenario,
        data: runData(
          fetched.observables,
          info.observableNames,
          fetched.events,
          fetched.outcome,
          fetched.tick,
        ),
      }
      set({
        b,
        editing: 'b',
        notice: {
          kind: 'info',
          text: `Run B branched from A at tick ${snapshot.tick}. The panel now edits B; both runs share their random numbers.`,
        },
      })
    }),

    unbranch() {
      set({ b: null, editing: 'a' })
    },

    runEnsemble: guard(ensemble),

    cancelEnsemble() {
      ensembleAbort?.abort()
    },

    closeEnsemble() {
      ensembleAbort?.abort()
      set({ ensemble: null })
    },

    hover: guard(async (cell: number | null) => {
      if (store.get().pinned !== null) return
      if (cell === null) {
        hoverAbort?.abort()
        set({ inspected: null })
        return
      }
      await inspectCell(cell, false)
    }),

    pick: guard(async (cell: number) => {
      if (store.get().pinned === cell) {
        set({ pinned: null, inspected: null })
        return
      }
      await inspectCell(cell, true)
    }),

    unpin() {
      set({ pinned: null, inspected: null })
    },

    highlight(tick: number | null) {
      set({ highlightTick: tick })
    },

    setView(view: ViewMode) {
      set({ view })
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
      const state = store.get()
      if (!state.source || !state.a) return
      const fragment = await encodeShare({
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
      })
      history.replaceState(null, '', `#${fragment}`)
      const link = location.href
      set({ shareLink: link })
      navigator.clipboard?.writeText(link).catch(() => undefined)
    }),

    /** Run A's (or B's) observables as CSV, with the columns of `drawdown run`. */
    csv(which: 'a' | 'b'): string | null {
      const run = store.get()[which]
      if (!run) return null
      return toCsv(columns(run.data.series), run.data.series.names)
    },
  }

  /** Opens the share link in location.hash; false when there is none. */
  async function openHash(): Promise<boolean> {
    let shared: Awaited<ReturnType<typeof decodeShare>>
    try {
      shared = await decodeShare(location.hash)
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error
      notify(`This share link cannot be read: ${error.message}`)
      return false
    }
    if (!shared) return false
    let source: Source
    if (shared.scenario.id !== undefined) source = await sourceById(shared.scenario.id)
    else {
      const text = shared.scenario.text ?? ''
      source = sourceFrom(parseScenarioText(text, 'shared scenario'), { text, file: 'shared scenario' })
    }
    set({ view: shared.view, overlay: shared.overlay })
    await load({
      source,
      preset: shared.preset,
      seed: shared.seed,
      a: shared.a,
      b: shared.b,
      tick: shared.tick,
    })
    if (shared.ensemble) void guard(ensemble)(shared.ensemble.runs, shared.ensemble.ticks)
    return true
  }
}
