// The app's state: which scenario and seed, runs A and B with their data and recipes, what the
// view shows, and what went wrong. Replaced as a whole, never changed in place.
import type { SimEvent } from '../../engine/core/events.ts'
import type { AgentInfo, OutcomeSummary, RenderFrame } from '../../engine/models/model.ts'
import type { UnitMode } from '../../io/units.ts'
import type { Lesson } from '../../lesson/schema.ts'
import type { Problem } from '../../scenario/schema.ts'
import type { Scenario } from '../../scenario/validate.ts'
import type { Quantiles } from '../charts/bands.ts'
import type { EnsembleRow } from '../ensemble/table.ts'
import type { RunRecipe } from './recipe.ts'
import type { Series } from './series.ts'
import type { ViewMode } from './share.ts'

/** Where the scenario came from: the library (by id) or a file the user opened (its text). */
export interface Source {
  id?: string
  text?: string
  /** The file name of an imported scenario. */
  file?: string
  raw: unknown
  name: string
  kind: string
  presets: readonly string[]
}

export interface RunData {
  readonly series: Series
  readonly events: readonly SimEvent[]
  readonly outcome: OutcomeSummary | null
  readonly tick: number
}

export interface RunState {
  readonly recipe: RunRecipe
  /** The scenario in force now, with every default filled in. */
  readonly scenario: Scenario
  readonly data: RunData
}

export interface EnsembleState {
  readonly status: 'running' | 'done' | 'cancelled' | 'failed'
  readonly runs: number
  readonly ticks: number
  readonly done: number
  /** Quantile bands per observable, from the runs finished so far. */
  readonly bands: Readonly<Record<string, Quantiles>>
  readonly outcomes: readonly (OutcomeSummary | null)[]
  /** One row per finished run, for the exported table. */
  readonly rows: readonly EnsembleRow[]
  readonly message?: string
}

export interface Notice {
  readonly kind: 'error' | 'info'
  readonly text: string
}

/** A question the page asks before it throws work away, e.g. a preset chosen after branching. */
export interface Question {
  readonly text: string
  readonly yes: string
  readonly no: string
  /** The preset to restart with when the answer is yes. */
  readonly preset: string | undefined
}

/** The guided lesson open, and the step the class is at. */
export interface LessonState {
  readonly id: string
  readonly lesson: Lesson
  readonly step: number
  /** The furthest step whose actions (run to, branch) have run: going back never reruns them. */
  readonly reached: number
}

export interface AppState {
  readonly source: Source | null
  readonly preset: string | undefined
  readonly seed: number
  readonly a: RunState | null
  readonly b: RunState | null
  /** The run the parameter panel edits. */
  readonly editing: 'a' | 'b'
  /** Run A's latest frame. */
  readonly frame: RenderFrame | null
  readonly playing: boolean
  /** Ticks per second; 0 runs as fast as the engine goes. */
  readonly speed: number
  readonly view: ViewMode
  readonly overlay: boolean
  /** Charts in the model's units (agents, ticks) or real ones (people, months), see src/io/units.ts. */
  readonly units: UnitMode
  readonly highlightTick: number | null
  readonly inspected: AgentInfo | null
  /** The agent pinned in the inspector, followed by its id wherever it moves. */
  readonly pinned: { readonly id: number; readonly kind: string } | null
  /** Problems of a scenario file that was opened and refused. */
  readonly fileProblems: { readonly file: string; readonly problems: readonly Problem[] } | null
  /** Parameter path → why the last change to it was refused. */
  readonly paramProblems: Readonly<Record<string, string>>
  readonly notice: Notice | null
  readonly question: Question | null
  readonly lesson: LessonState | null
  /** What the app is busy with (loading, replaying), or null. */
  readonly busy: string | null
  readonly ensemble: EnsembleState | null
  readonly shareLink: string | null
  readonly helpOpen: boolean
}

export const INITIAL_STATE: AppState = {
  source: null,
  preset: undefined,
  seed: 1,
  a: null,
  b: null,
  editing: 'a',
  frame: null,
  playing: false,
  speed: 30,
  view: 'normal',
  overlay: true,
  units: 'model',
  highlightTick: null,
  inspected: null,
  pinned: null,
  fileProblems: null,
  paramProblems: {},
  notice: null,
  question: null,
  lesson: null,
  busy: 'Starting the engine…',
  ensemble: null,
  shareLink: null,
  helpOpen: false,
}

/** Speeds the speed control offers, in ticks per second (0: as fast as possible). */
export const SPEEDS: readonly number[] = [1, 5, 10, 30, 60, 0]
