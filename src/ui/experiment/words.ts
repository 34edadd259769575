// How the Experiment view words numbers: progress lines, estimates with their intervals, factor
// values. Pure, so the view's tests check the words without a page.
import type { BatchProgress } from '../../experiment/progress.ts'

const seconds = (ms: number) => {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`
}

/** "4 of 6 runs · 2.5 runs/s · 1 s left · 1 failed". */
export function progressWords(progress: BatchProgress): string {
  const parts = [`${progress.done} of ${progress.total} runs`]
  if (progress.runsPerSecond > 0) parts.push(`${progress.runsPerSecond.toPrecision(2)} runs/s`)
  parts.push(`${seconds(progress.elapsedMs)} elapsed`)
  if (progress.etaMs !== null && progress.done < progress.total)
    parts.push(`about ${seconds(progress.etaMs)} left`)
  parts.push(progress.failed === 1 ? '1 failed' : `${progress.failed} failed`)
  return parts.join(' · ')
}

/** A number with 3 significant digits, whole numbers whole; "–" for none. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  if (Number.isInteger(value)) return String(value)
  return Number(value.toPrecision(3)).toString()
}

/** An interval whose ends may be unknown (a median not reached). */
type NullableInterval = { estimate: number | null; lower: number | null; upper: number | null }

/** "0.333 (0.0615–0.792)": an estimate and its 95% interval. */
export function withInterval(interval: NullableInterval | null | undefined): string {
  if (!interval || interval.estimate === null || !Number.isFinite(interval.estimate)) return '–'
  return `${num(interval.estimate)} (${num(interval.lower)}–${num(interval.upper)})`
}

/** "arm abrupt, reform.politicalWill 0.5": a group's factor values and arm. */
export function groupWords(factors: Record<string, number | string>, arm: string): string {
  const parts = Object.entries(factors).map(
    ([name, value]) => `${name} ${typeof value === 'number' ? num(value) : value}`,
  )
  if (arm !== '') parts.unshift(arm)
  return parts.join(', ') || 'all runs'
}
