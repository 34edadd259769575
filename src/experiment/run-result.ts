// What a batch run records and what it hands back when it settles. Plain data: structured-clone
// friendly for workers, and what the journal and the store take.
import type { OutcomeSummary } from '../engine/models/model.ts'
import type { UnitMode } from '../io/units.ts'

/** Which observables a run records, and how often. */
export interface RecordSpec {
  /** "all": every observable of the scenario's kind, in the kind's order. */
  observables: 'all' | readonly string[]
  /** Record ticks 0, every, 2·every, … up to the last tick (default 1). */
  every: number
  /** Series and final values in model units (the default) or real ones (src/io/units.ts). */
  units?: UnitMode
}

/** What a run sends back: its outcome and its recorded series, ready for the store. */
export interface RunResult {
  runId: number
  /** Ticks run. */
  ticks: number
  /** The kind's outcome summary; null for kinds without a drawdown. */
  outcome: OutcomeSummary | null
  /** Recorded observables, in column order. */
  names: string[]
  /** The ticks of the recorded rows. */
  tickColumn: Float64Array
  /** One column per name, rows at `tickColumn`. */
  columns: Float64Array[]
  /** Every recorded observable's value at the last tick (not only at recorded rows). */
  final: Float64Array
}

/** A settled run: a result, or the message of why it failed. */
export type RunRecord =
  | { runId: number; ok: true; result: RunResult }
  | { runId: number; ok: false; seed: number; message: string }
