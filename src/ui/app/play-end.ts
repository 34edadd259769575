// Where Play stops: at the scenario's horizon, or later when a run's post-exit window would be cut
// short, so that runs A and B are both judged over the whole window after their own exits (a
// branch that leaves two years later needs two more years of run). Exits not yet reached count
// when the drawdown plan fixes them (an abrupt exit tick, a strength schedule that ends at zero).
import type { OutcomeSummary } from '../../engine/models/model.ts'
import { verdictTick } from '../../engine/models/verdict.ts'
import type { RunState } from './state.ts'

/** The tick a scenario's plan takes the mission out, when the plan says so in advance. */
export function plannedExit(scenario: unknown): number | null {
  const drawdown = (scenario as { drawdown?: { policy?: unknown; exitTick?: unknown; strength?: unknown } })
    ?.drawdown
  if (!drawdown) return null
  if (drawdown.policy === 'abrupt' && typeof drawdown.exitTick === 'number') return drawdown.exitTick
  if (drawdown.policy !== 'schedule') return null
  const points = drawdown.strength
  if (typeof points === 'number') return points === 0 ? 0 : null
  if (!Array.isArray(points) || points.length === 0) return null
  const last = points[points.length - 1] as [number, number]
  if (last[1] !== 0) return null
  // The schedule reaches zero at the first point from which every later point is zero.
  let exit = last[0]
  for (let i = points.length - 1; i >= 0 && (points[i] as [number, number])[1] === 0; i--)
    exit = (points[i] as [number, number])[0]
  return exit
}

const windowTicks = (outcome: OutcomeSummary | null) => outcome?.horizonTicks ?? 0

/** The tick by which `run`'s verdict will be final, if that is known now. */
function judgedBy(run: RunState): number | null {
  const outcome = run.data.outcome
  if (!outcome) return null
  const reached = verdictTick(outcome)
  if (reached !== null) return reached
  const planned = plannedExit(run.scenario)
  return planned === null ? null : planned + windowTicks(outcome)
}

/** The tick Play runs to from here: the horizon, stretched to judge every run's whole post-exit window. */
export function playEnd(runs: readonly (RunState | null)[], horizon: number): number {
  let end = horizon
  for (const run of runs) {
    if (!run) continue
    const judged = judgedBy(run)
    if (judged !== null && judged > end) end = judged
  }
  return end
}
