// The ensemble panel: how many seeds and ticks, start and cancel, progress, then the median and
// 50%/90% bands of the key observables and, for kinds with a drawdown, the outcome distribution.
import { select } from 'd3'
import { unitsFor } from '../../io/units.ts'
import type { Controller } from '../app/controller.ts'
import { exportName } from '../app/file-name.ts'
import { playEnd } from '../app/play-end.ts'
import type { AppState } from '../app/state.ts'
import { bands } from '../charts/bands.ts'
import { ticksPerYearOf } from '../charts/changes.ts'
import { figure } from '../charts/charts-view.ts'
import { countOutcomes, outcomeDistribution } from '../charts/outcome-distribution.ts'
import type { Container } from '../charts/types.ts'
import { chooseCharts, labelOf } from '../charts/views.ts'
import { download, fill, h } from '../dom.ts'
import { ensembleCsv } from './table.ts'

/** The observables an ensemble shows: the lines of the key line charts, else the first few columns. */
function ensembleNames(names: readonly string[]): string[] {
  const picked = chooseCharts(names).flatMap((spec) =>
    spec.type === 'lines' && spec.key
      ? spec.lines.map((line) => line.name)
      : spec.type === 'strength'
        ? [spec.name]
        : [],
  )
  return picked.length > 0 ? picked.slice(0, 4) : names.slice(0, 3)
}

/** The model unit of an observable, when the registry knows it. */
function unitOf(state: AppState, name: string): string | undefined {
  if (!state.a) return undefined
  try {
    return unitsFor(state.a.scenario, name, 'model').unit
  } catch {
    return undefined
  }
}

export function createEnsembleView(controller: Controller) {
  const runs = h('input', { id: 'ensemble-runs', type: 'number', min: 2, max: 500, step: 1, value: 20 })
  const ticks = h('input', { id: 'ensemble-ticks', type: 'number', min: 1, step: 1, value: 500 })
  const start = h('button', { type: 'button', id: 'ensemble-start', class: 'primary' }, 'Run ensemble')
  const cancel = h('button', { type: 'button', id: 'ensemble-cancel', hidden: true }, 'Cancel')
  const progress = h('progress', {
    id: 'ensemble-progress',
    max: 1,
    value: 0,
    hidden: true,
    'aria-label': 'Ensemble progress',
  })
  const status = h('p', { class: 'status', role: 'status' })
  const table = h('button', { type: 'button', id: 'ensemble-table', hidden: true }, 'Export table (CSV)')
  table.addEventListener('click', () => {
    if (!latest?.ensemble) return
    const text = ensembleCsv(latest.ensemble.rows)
    download(
      `${exportName(latest, `ensemble-${latest.ensemble.done}-seeds`)}.csv`,
      new Blob([text], { type: 'text/csv' }),
    )
  })
  let latest: AppState | undefined
  const nameOf = (id: string) => () => (latest ? exportName(latest, id) : id)
  const grid = h('div', { class: 'chart-grid' })
  const summary = h('summary', {}, 'Ensemble: many seeds at once')
  const element = h(
    'details',
    { class: 'ensemble', id: 'ensemble' },
    summary,
    h(
      'div',
      { class: 'ensemble-form' },
      h('label', { for: runs.id }, 'Seeds ', runs),
      h('label', { for: ticks.id }, 'Ticks ', ticks),
      start,
      cancel,
      progress,
      table,
    ),
    h(
      'p',
      { class: 'panel-note' },
      'Runs the current settings with seeds seed, seed + 1, …, in background workers.',
    ),
    status,
    grid,
  )
  start.addEventListener(
    'click',
    () =>
      void controller.runEnsemble(
        Math.max(2, Math.round(Number(runs.value) || 20)),
        Math.max(1, Math.round(Number(ticks.value) || 500)),
      ),
  )
  cancel.addEventListener('click', () => controller.cancelEnsemble())
  let shown: AppState['ensemble'] | undefined
  let ticksSet: unknown

  function open() {
    element.open = true
    runs.focus()
  }

  function update(state: AppState) {
    latest = state
    if (state.a && ticksSet !== state.a.scenario) {
      ticksSet = state.a.scenario
      // Long enough to judge the whole post-exit window when the plan fixes the exit.
      ticks.value = String(playEnd([state.a], state.a.scenario.ticks))
    }
    const running = state.ensemble?.status === 'running'
    start.disabled = running || !state.a
    if (state.ensemble === shown) return
    shown = state.ensemble
    const ensemble = state.ensemble
    if (ensemble && !element.open) element.open = true
    cancel.hidden = !running
    progress.hidden = !ensemble
    progress.max = ensemble?.runs ?? 1
    progress.value = ensemble?.done ?? 0
    table.hidden = !ensemble || ensemble.rows.length === 0
    status.textContent = ensemble
      ? `${ensemble.done} of ${ensemble.runs} runs of ${ensemble.ticks} ticks ${ensemble.status === 'running' ? 'done…' : ensemble.status === 'done' ? 'done.' : `— ${ensemble.message ?? ensemble.status}`}`
      : ''
    if (!ensemble || Object.keys(ensemble.bands).length === 0) {
      fill(grid)
      return
    }
    const fontSize = state.view === 'presenter' ? 20 : 12
    const width = Math.max(280, Math.min(grid.clientWidth || 480, 720))
    const names = ensembleNames(Object.keys(ensemble.bands))
    const figures = names.map((name) => {
      const title = `${labelOf(name)} over ${ensemble.done} seeds`
      const { figure: fig, container } = figure(`ensemble-${name}`, title, true, nameOf(`ensemble-${name}`))
      bands({
        title,
        name,
        label: labelOf(name),
        unit: unitOf(state, name),
        width,
        fontSize,
        height: fontSize * 16,
      })(select(container) as Container, {
        bands: ensemble.bands[name],
        runs: ensemble.done,
        highlightTick: state.highlightTick,
        ticksPerYear: state.a ? ticksPerYearOf(state) : undefined,
      })
      return fig
    })
    if (ensemble.outcomes.some((outcome) => outcome !== null)) {
      const title = `Drawdown outcomes over ${ensemble.done} seeds`
      const { figure: fig, container } = figure('ensemble-outcomes', title, true, nameOf('ensemble-outcomes'))
      outcomeDistribution({ title, width, fontSize, height: fontSize * 16 })(
        select(container) as Container,
        countOutcomes(ensemble.outcomes),
      )
      figures.push(fig)
    }
    fill(grid, ...figures)
  }

  return { element, update, open }
}
