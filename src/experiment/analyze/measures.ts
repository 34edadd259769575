// What the analysis reads from a run's outcome measures: relapse, time to relapse (an event or a
// censoring time after exit), and any numeric measure.
import type { RunRecord } from './runs-table.ts'

/** The outcome class column and the class that counts as a relapse (contract of issue 8). */
export const OUTCOME_COLUMN = 'outcome'
export const RELAPSE = 'relapse'

/**
 * Columns that may hold how long after exit a run was watched, in order of preference: the
 * run's own observed window, then the window length the summary declares.
 */
export const OBSERVED_WINDOW_COLUMNS = [
  'ticksObservedAfterExit',
  'postExitWindowTicks',
  'postExitWindow',
  'horizonTicks',
]

export const hasOutcome = (measureNames: readonly string[]) => measureNames.includes(OUTCOME_COLUMN)

/** True for a relapse, false for another class, null when the run has no outcome class. */
export function isRelapse(run: RunRecord): boolean | null {
  const outcome = run.measures[OUTCOME_COLUMN]
  return typeof outcome === 'string' ? outcome === RELAPSE : null
}

/** A number from a measure, NaN when empty or not a number. */
export function numberOf(run: RunRecord, measure: string): number {
  const value = run.measures[measure]
  return typeof value === 'number' ? value : Number.NaN
}

export interface SurvivalObservation {
  /** Ticks since exit. */
  time: number
  /** True for a relapse at `time`, false for a run still stable when last observed at `time`. */
  event: boolean
}

/**
 * Time to relapse for a run that exited: the relapse time, or censored at its observed post-exit
 * window. Null for a run that never exited (it was never at risk) or lacks the columns.
 */
export function survivalObservation(run: RunRecord): SurvivalObservation | null {
  const relapse = isRelapse(run)
  if (relapse === null) return null
  const timeToRelapse = numberOf(run, 'timeToRelapse')
  if (relapse && Number.isFinite(timeToRelapse)) return { time: timeToRelapse, event: true }
  if (!Number.isFinite(numberOf(run, 'exitTick'))) return null
  for (const column of OBSERVED_WINDOW_COLUMNS) {
    const window = numberOf(run, column)
    if (Number.isFinite(window)) return { time: window, event: false }
  }
  return null
}
