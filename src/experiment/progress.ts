// Progress of a batch as numbers (the CLI and the web view word and draw it): runs done out of
// total, failures, rate and time left. The clock is passed in: the runner core reads no time itself.

export interface BatchProgress {
  /** Runs settled (finished or failed), resumed ones included. */
  done: number
  total: number
  failed: number
  /** Runs settled in this session, which the rate counts (resumed runs cost nothing). */
  doneThisSession: number
  elapsedMs: number
  /** Runs per second in this session; 0 before the first. */
  runsPerSecond: number
  /** Estimated time left, or null before the first run settles. */
  etaMs: number | null
}

export function progressAt(
  counts: { done: number; total: number; failed: number; doneThisSession: number },
  elapsedMs: number,
): BatchProgress {
  const seconds = elapsedMs / 1000
  const runsPerSecond = counts.doneThisSession > 0 && seconds > 0 ? counts.doneThisSession / seconds : 0
  const left = counts.total - counts.done
  const etaMs = left === 0 ? 0 : runsPerSecond > 0 ? (left / runsPerSecond) * 1000 : null
  return { ...counts, elapsedMs, runsPerSecond, etaMs }
}
