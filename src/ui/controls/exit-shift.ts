// "Exit N years later": moves the whole drawdown plan of the run being edited by whole years, so a
// student can ask the two-years-later question without writing a JSON schedule. Works for the
// schedule and abrupt policies; under a conditions policy the exit has no fixed date to move.
import type { Controller } from '../app/controller.ts'
import { plannedExit } from '../app/play-end.ts'
import type { AppState } from '../app/state.ts'
import { h } from '../dom.ts'

/** The parameter change that moves `scenario`'s planned exit by `ticks`, or null when it has no date. */
export function shiftedExit(scenario: unknown, ticks: number): { path: string; value: unknown } | null {
  const drawdown = (scenario as { drawdown?: { policy?: unknown; exitTick?: unknown; strength?: unknown } })
    ?.drawdown
  if (drawdown?.policy === 'abrupt' && typeof drawdown.exitTick === 'number')
    return { path: 'drawdown.exitTick', value: Math.max(0, drawdown.exitTick + ticks) }
  if (drawdown?.policy === 'schedule' && Array.isArray(drawdown.strength))
    return {
      path: 'drawdown.strength',
      value: (drawdown.strength as [number, number][]).map(([tick, value]) => [
        Math.max(0, tick + ticks),
        value,
      ]),
    }
  return null
}

export function createExitShift(controller: Controller) {
  const years = h('input', { id: 'exit-shift-years', type: 'number', min: -10, max: 10, step: 1, value: 2 })
  const move = h('button', { type: 'button', id: 'exit-shift' }, 'Move the exit')
  const planned = h('p', { class: 'exit-planned', id: 'exit-planned', 'aria-live': 'polite' })
  const element = h(
    'div',
    { class: 'exit-shift param', 'data-path': 'exit-shift' },
    h('label', { for: years.id, class: 'param-label' }, 'Exit later by (years)'),
    h('p', { class: 'meaning' }, 'Moves the whole drawdown plan; negative years bring the exit forward.'),
    h('div', { class: 'param-controls' }, years, move),
    planned,
  )
  let current: AppState | undefined
  move.addEventListener('click', () => {
    const state = current
    const run = state?.editing === 'b' ? state.b : state?.a
    if (!state || !run) return
    const perYear = (run.scenario as { ticksPerYear?: number }).ticksPerYear ?? 52
    const change = shiftedExit(run.scenario, Math.round((Number(years.value) || 0) * perYear))
    if (change) void controller.setParameter(state.editing, change.path, change.value)
  })

  function update(state: AppState) {
    current = state
    const run = state.editing === 'b' && state.b ? state.b : state.a
    element.hidden = !run || !('drawdown' in run.scenario)
    if (!run || element.hidden) return
    const exit = plannedExit(run.scenario)
    const perYear = (run.scenario as { ticksPerYear?: number }).ticksPerYear ?? 52
    const movable = shiftedExit(run.scenario, 0) !== null
    move.disabled = !movable
    years.disabled = !movable
    planned.textContent = movable
      ? `Run ${state.editing.toUpperCase()} plans its exit at tick ${exit ?? '?'}${exit === null ? '' : ` (year ${(exit / perYear).toFixed(1)})`}.`
      : 'This drawdown policy has no fixed exit date to move (it waits for conditions, or never leaves).'
  }
  return { element, update }
}
