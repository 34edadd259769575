// Drawdown policies: how strong the mission should be this tick, as a share of its mandated
// strength. none keeps it whole; schedule follows a series; abrupt leaves at once at a tick;
// conditions moves to the next phase when that phase's condition holds on the latest
// observables, checked every few ticks and never before the current phase's minimum length.
import { record } from '../core/events.ts'
import { readRow } from '../core/observables.ts'
import { setPosture } from '../models/ssr/params.ts'
import type { SsrWorld } from '../models/ssr/world.ts'

/** Advances the conditions policy's phase if due; returns the strength share the policy wants at `t`. */
export function drawdownStrength(world: SsrWorld, t: number): number {
  const { scenario, state, now } = world
  const { drawdown } = scenario
  const progress = state.drawdown
  setPosture(now, now.protect, now.mentor, now.engage)
  switch (drawdown.policy) {
    case 'none':
      return 1
    case 'schedule':
      return now.drawdownStrength
    case 'abrupt':
      return t < drawdown.exitTick ? 1 : 0
    case 'conditions': {
      const next = progress.phase
      const due = t % drawdown.checkEvery === 0 && t - progress.phaseStart >= drawdown.minimumPhase
      if (due && next < drawdown.phases.length && state.observables.length > 0) {
        const scope = readRow(state.observables, state.observables.length - 1)
        scope.t = t
        const condition = world.conditions[next]
        if (condition && condition.evaluate(scope) !== 0) {
          progress.phase = next + 1
          progress.phaseStart = t
          const phase = drawdown.phases[next]
          record(state.events, t, 'drawdown-phase', null, {
            phase: phase.name,
            strength: phase.strength,
            condition: phase.when ?? '',
          })
        }
      }
      if (progress.phase === 0) return 1
      const phase = drawdown.phases[progress.phase - 1]
      if (phase.protect !== undefined || phase.mentor !== undefined || phase.engage !== undefined) {
        setPosture(now, phase.protect ?? 0, phase.mentor ?? 0, phase.engage ?? 0)
      }
      return phase.strength
    }
  }
}
