// Whether a drawdown's outcome can still change. A relapse is final when it happens; durable and
// fragile are verdicts "so far" until the whole post-exit window (horizonTicks) has run.
import type { OutcomeSummary } from './model.ts'

/** True when more ticks cannot change `outcome.outcome`. */
export function isVerdictFinal(outcome: OutcomeSummary): boolean {
  // A summary that says whether it is complete is believed (the engine knows its own window).
  const complete = (outcome as { complete?: unknown }).complete
  if (typeof complete === 'boolean' && outcome.exitTick !== null) return complete
  if (outcome.outcome === 'relapse' || (outcome.outcome as string) === 'never-stabilised') return true
  if (outcome.exitTick === null) return false
  return outcome.ticksObservedAfterExit >= outcome.horizonTicks
}

/** The tick by which the verdict is final (exit + window), or null before the exit. */
export function verdictTick(outcome: OutcomeSummary): number | null {
  return outcome.exitTick === null ? null : outcome.exitTick + outcome.horizonTicks
}
