// Judging a drawdown: the exit tick (when the mission's strength reaches zero), then, within the
// horizon after it, the peak rolling violence rate and the onset of relapse (rolling rate above the
// threshold). Above half the threshold, the peace is fragile; below, durable.
import { record } from '../../core/events.ts'
import type { OutcomeSummary } from '../model.ts'
import { COLUMN } from './observe.ts'
import type { SsrWorld } from './world.ts'

/** Updates exit, peak and relapse after tick `t` has been observed. */
export function trackOutcome(world: SsrWorld, targetCount: number): void {
  const { state, scenario, row } = world
  const { outcome, drawdown } = state
  const t = state.tick
  outcome.casualties += row[COLUMN.casualties]
  if (drawdown.exitTick < 0 && targetCount === 0) {
    drawdown.exitTick = t
    outcome.trustAtExit[0] = row[COLUMN.policeTrust]
    outcome.trustAtExit[1] = row[COLUMN.militaryTrust]
    outcome.trustAtExit[2] = row[COLUMN.pkTrust]
    outcome.ownedAtExit[0] = row[COLUMN.policeCapacityOwned]
    outcome.ownedAtExit[1] = row[COLUMN.militaryCapacityOwned]
    record(state.events, t, 'exit', null, {
      policeCapacityOwned: outcome.ownedAtExit[0],
      militaryCapacityOwned: outcome.ownedAtExit[1],
      trustInPolice: outcome.trustAtExit[0],
    })
    return
  }
  const exit = drawdown.exitTick
  if (exit < 0 || t <= exit || t > exit + horizonTicks(world)) return
  const rolling = row[COLUMN.violenceRolling]
  if (rolling > outcome.peakAfterExit) outcome.peakAfterExit = rolling
  if (outcome.relapseTick < 0 && rolling > scenario.outcomes.relapseThreshold) {
    outcome.relapseTick = t
    record(state.events, t, 'relapse', null, {
      violenceRate: rolling,
      threshold: scenario.outcomes.relapseThreshold,
      ticksAfterExit: t - exit,
    })
  }
}

export function horizonTicks(world: SsrWorld): number {
  return Math.round(world.scenario.outcomes.horizonYears * world.scenario.ticksPerYear)
}

export function summarise(world: SsrWorld): OutcomeSummary {
  const { state, scenario } = world
  const { outcome, drawdown } = state
  const exit = drawdown.exitTick
  const threshold = scenario.outcomes.relapseThreshold
  const exited = exit >= 0
  const observedAfterExit = exited && outcome.peakAfterExit >= 0
  let verdict: OutcomeSummary['outcome'] = 'not-exited'
  if (exited) {
    if (outcome.relapseTick >= 0) verdict = 'relapse'
    else if (outcome.peakAfterExit > threshold / 2) verdict = 'fragile'
    else verdict = 'durable'
  }
  return {
    exitTick: exited ? exit : null,
    outcome: verdict,
    timeToRelapse: outcome.relapseTick >= 0 ? outcome.relapseTick - exit : null,
    peakPostExitViolence: observedAfterExit ? outcome.peakAfterExit : null,
    relapseThreshold: threshold,
    trustAtExit: exited
      ? {
          police: outcome.trustAtExit[0],
          military: outcome.trustAtExit[1],
          peacekeepers: outcome.trustAtExit[2],
        }
      : null,
    ownedCapacityAtExit: exited ? { police: outcome.ownedAtExit[0], military: outcome.ownedAtExit[1] } : null,
    casualties: outcome.casualties,
    horizonTicks: horizonTicks(world),
    ticksObservedAfterExit: exited ? Math.min(state.tick - exit, horizonTicks(world)) : 0,
  }
}
