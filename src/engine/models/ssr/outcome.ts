// Judging a drawdown over one window fixed relative to exit, the same for every arm: the exit tick
// (the mission's strength reaches zero) and, over the horizon after it, the onset of relapse (rolling
// violence rate above the threshold), the peak and mean rolling rate and the casualties. A country
// already above the threshold at exit never stabilised: that is not a peace that broke.
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
    outcome.violenceAtExit = row[COLUMN.violenceRolling]
    record(state.events, t, 'exit', null, {
      policeCapacityOwned: outcome.ownedAtExit[0],
      militaryCapacityOwned: outcome.ownedAtExit[1],
      trustInPolice: outcome.trustAtExit[0],
      violenceRate: outcome.violenceAtExit,
    })
    return
  }
  const exit = drawdown.exitTick
  if (exit < 0 || t <= exit || t > exit + horizonTicks(world)) return
  const rolling = row[COLUMN.violenceRolling]
  outcome.rollingAfterExit += rolling
  outcome.casualtiesAfterExit += row[COLUMN.casualties]
  if (rolling > outcome.peakAfterExit) outcome.peakAfterExit = rolling
  const threshold = scenario.outcomes.relapseThreshold
  if (outcome.relapseTick < 0 && outcome.violenceAtExit <= threshold && rolling > threshold) {
    outcome.relapseTick = t
    record(state.events, t, 'relapse', null, {
      violenceRate: rolling,
      threshold,
      ticksAfterExit: t - exit,
    })
  }
}

/** The post-exit window: round(outcomes.horizonYears × ticksPerYear) ticks. */
export function horizonTicks(world: SsrWorld): number {
  return Math.round(world.scenario.outcomes.horizonYears * world.scenario.ticksPerYear)
}

/**
 * How long the run should go for its verdict to be final: the scenario's ticks, and when the mission
 * has left by then, on to the end of the window after exit. An exit later than the scenario's ticks is
 * not waited for (the run is `not-exited`), so a run never exceeds ticks + horizon.
 */
export function plannedTicks(world: SsrWorld): number {
  const exit = world.state.drawdown.exitTick
  const { ticks } = world.scenario
  return exit >= 0 && exit <= ticks ? Math.max(ticks, exit + horizonTicks(world)) : ticks
}

function verdictOf(world: SsrWorld): OutcomeSummary['outcome'] {
  const { outcome, drawdown } = world.state
  const threshold = world.scenario.outcomes.relapseThreshold
  if (drawdown.exitTick < 0) return 'not-exited'
  if (outcome.violenceAtExit > threshold) return 'never-stabilised'
  if (outcome.relapseTick >= 0) return 'relapse'
  return outcome.peakAfterExit > threshold / 2 ? 'fragile' : 'durable'
}

export function summarise(world: SsrWorld): OutcomeSummary {
  const { state, scenario } = world
  const { outcome, drawdown } = state
  const exit = drawdown.exitTick
  const exited = exit >= 0
  const horizon = horizonTicks(world)
  const observed = exited ? Math.min(state.tick - exit, horizon) : 0
  const verdict = verdictOf(world)
  const relapsed = verdict === 'relapse'
  const judged = verdict === 'relapse' || verdict === 'fragile' || verdict === 'durable'
  const complete =
    verdict === 'not-exited'
      ? state.tick >= scenario.ticks
      : verdict === 'never-stabilised' || relapsed || observed >= horizon
  return {
    exitTick: exited ? exit : null,
    outcome: verdict,
    timeToRelapse: relapsed ? outcome.relapseTick - exit : null,
    survivalTicks: judged ? (relapsed ? outcome.relapseTick - exit : observed) : null,
    censored: judged ? !relapsed : null,
    complete,
    violenceAtExit: exited ? outcome.violenceAtExit : null,
    peakPostExitViolence: observed > 0 ? outcome.peakAfterExit : null,
    meanPostExitViolence: observed > 0 ? outcome.rollingAfterExit / observed : null,
    relapseThreshold: scenario.outcomes.relapseThreshold,
    trustAtExit: exited
      ? {
          police: outcome.trustAtExit[0],
          military: outcome.trustAtExit[1],
          peacekeepers: outcome.trustAtExit[2],
        }
      : null,
    ownedCapacityAtExit: exited ? { police: outcome.ownedAtExit[0], military: outcome.ownedAtExit[1] } : null,
    casualties: outcome.casualties,
    casualtiesAfterExit: exited ? outcome.casualtiesAfterExit : null,
    horizonTicks: horizon,
    ticksObservedAfterExit: observed,
  }
}
