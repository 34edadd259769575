// The drawdown's outcome in a few plain lines for the terminal: when the mission left, how the peace
// held, and the state of the national forces at exit. The numbers are those of `--summary`.
import type { OutcomeSummary } from '../engine/models/model.ts'

/** Which run the outcome belongs to, and how to turn its ticks into years. */
export interface RunLabel {
  file: string
  preset?: string
  seed: number
  /** Ticks the run has completed. */
  ticks: number
  ticksPerYear: number
  /** With `--units real`: the run's casualties as people (model units: agents). */
  realCasualties?: { value: number; unit: string }
}

/** A number as the summary shows it, with no trailing zeros: 20, 10, 7.5. */
const plain = (value: number, digits: number) => String(Number(value.toFixed(digits)))

const pairs = (values: Record<string, number>) =>
  Object.entries(values)
    .map(([name, value]) => `${name} ${value.toFixed(2)}`)
    .join(', ')

function verdict(outcome: OutcomeSummary, year: (tick: number) => string, months?: string): string {
  const { exitTick, timeToRelapse, peakPostExitViolence: peak, relapseThreshold } = outcome
  const lines = `(relapse above ${plain(relapseThreshold, 2)}, fragile above ${plain(relapseThreshold / 2, 2)})`
  if (outcome.outcome === 'not-exited') return 'not exited'
  const name =
    outcome.outcome === 'relapse' && exitTick !== null && timeToRelapse !== null
      ? `relapse after ${timeToRelapse} ticks (${months ?? ''}year ${year(exitTick + timeToRelapse)})`
      : outcome.outcome
  if (peak === null) return `${name} — no tick after the exit observed yet ${lines}`
  return `${name} — peak post-exit violence ${peak.toFixed(1)} ${lines}`
}

/** The readable summary, one line per fact, ending in a newline. */
export function describeOutcome(outcome: OutcomeSummary, run: RunLabel): string {
  const year = (tick: number) => (tick / run.ticksPerYear).toFixed(1)
  const preset = run.preset === undefined ? '' : `, preset ${run.preset}`
  const lines = [`Drawdown outcome (${run.file}${preset}, seed ${run.seed}, ${run.ticks} ticks)`]
  lines.push(
    outcome.exitTick === null
      ? `  exit: not yet — peacekeepers still deployed at tick ${run.ticks} (year ${year(run.ticks)})`
      : `  exit: tick ${outcome.exitTick} (year ${year(outcome.exitTick)})`,
  )
  const months =
    run.realCasualties && outcome.timeToRelapse !== null
      ? `${plain((outcome.timeToRelapse * 12) / run.ticksPerYear, 1)} months, `
      : undefined
  lines.push(`  outcome: ${verdict(outcome, year, months)}`)
  // A relapse is final; durable and fragile can still change until the horizon has passed.
  const open = outcome.outcome === 'durable' || outcome.outcome === 'fragile'
  if (open && outcome.ticksObservedAfterExit < outcome.horizonTicks) {
    lines.push(
      `  so far: ${outcome.ticksObservedAfterExit} of the ${outcome.horizonTicks} ticks after exit ` +
        'have run; the outcome may still change',
    )
  }
  if (outcome.trustAtExit) lines.push(`  trust at exit: ${pairs(outcome.trustAtExit)}`)
  if (outcome.ownedCapacityAtExit)
    lines.push(`  owned capacity at exit: ${pairs(outcome.ownedCapacityAtExit)}`)
  const { realCasualties: real } = run
  lines.push(
    real === undefined
      ? `  casualties: ${plain(outcome.casualties, 0)}`
      : `  casualties: ${plain(real.value, 0)} ${real.unit} (${plain(outcome.casualties, 0)} agents)`,
  )
  return lines.map((line) => `${line}\n`).join('')
}
