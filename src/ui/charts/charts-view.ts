// The charts area: the charts chooseCharts() picks for the run's columns, with A and B overlaid
// and B − A once branched, the drawdown outcome when the kind has one, and SVG/PNG export for each.
// Redrawn when the data, the highlighted tick or the size changes, at most a few times a second.
import { select } from 'd3'
import { convertColumn, unitsFor } from '../../io/units.ts'
import type { Controller } from '../app/controller.ts'
import { exportName } from '../app/file-name.ts'
import { playEnd } from '../app/play-end.ts'
import { columns } from '../app/series.ts'
import type { AppState } from '../app/state.ts'
import { h } from '../dom.ts'
import { changesOf, ticksPerYearOf } from './changes.ts'
import { difference } from './difference.ts'
import { exportPng, exportSvg } from './export.ts'
import { outcomePanel } from './outcome-panel.ts'
import { smallMultiples } from './small-multiples.ts'
import { strength } from './strength.ts'
import { timeSeries } from './time-series.ts'
import type { Container, RunLines, TimeData } from './types.ts'
import { type ChartSpec, chooseCharts, differenceLines } from './views.ts'

/** Charts redraw at most this often while a run plays. */
const REDRAW_MS = 200

interface Slot {
  id: string
  figure: HTMLElement
  container: HTMLElement
  /** Draws at `width`; at `height` when given (presenter mode fits charts to the screen). */
  draw: (state: AppState, width: number, fontSize: number, height?: number) => void
  key: boolean
}

/** A chart's figure with its SVG and PNG buttons; `fileName()` names the file (no extension). */
export function figure(
  id: string,
  title: string,
  key: boolean,
  fileName: () => string = () => `drawdown-${id}`,
): { figure: HTMLElement; container: HTMLElement } {
  const container = h('div', { class: 'chart-body' })
  const svgButton = h(
    'button',
    { type: 'button', class: 'export', 'aria-label': `Save the chart "${title}" as SVG` },
    'SVG',
  )
  const pngButton = h(
    'button',
    { type: 'button', class: 'export', 'aria-label': `Save the chart "${title}" as PNG` },
    'PNG',
  )
  const svgOf = () => container.querySelector('svg')
  svgButton.addEventListener('click', () => {
    const svg = svgOf()
    if (svg) exportSvg(svg, fileName())
  })
  pngButton.addEventListener('click', () => {
    const svg = svgOf()
    if (svg) void exportPng(svg, fileName())
  })
  const element = h(
    'figure',
    { class: `chart${key ? ' key' : ''}`, 'data-chart': id },
    container,
    h('div', { class: 'chart-tools' }, svgButton, pngButton),
  )
  return { figure: element, container }
}

export function createChartsView(controller: Controller) {
  const main = h('div', { class: 'chart-grid' })
  const more = h('details', { class: 'more-charts' }, h('summary', {}, 'More observables'))
  const moreGrid = h('div', { class: 'chart-grid' })
  more.append(moreGrid)
  const heading = h('h2', { id: 'charts-heading', class: 'visually-hidden' }, 'Charts')
  const element = h('section', { class: 'charts', 'aria-labelledby': heading.id }, heading, main, more)
  const pick = (tick: number) => controller.highlight(tick)
  const nameOf = (id: string) => () => (latest ? exportName(latest, id) : `drawdown-${id}`)
  let names: readonly string[] | undefined
  let slots: Slot[] = []
  let branchSlot: Slot | undefined
  let outcomeSlot: Slot | undefined
  let drawn: { state: AppState; width: number; fontSize: number; open: boolean; height: number } | undefined
  let lastDraw = 0
  let pending: ReturnType<typeof setTimeout> | undefined
  let latest: AppState | undefined

  const timeData = (state: AppState): TimeData => {
    const runs: RunLines[] = []
    if (state.a) runs.push({ label: 'A', columns: inUnits(state, columns(state.a.data.series)) })
    if (state.b)
      runs.push({ label: 'B', columns: inUnits(state, columns(state.b.data.series)), dashed: true })
    const branchTick = state.b?.recipe.segments[0].tick ?? Number.POSITIVE_INFINITY
    const events = [
      ...(state.a?.data.events ?? []),
      ...(state.b?.data.events ?? []).filter((event) => event.tick > branchTick),
    ]
    return {
      runs,
      events,
      highlightTick: state.highlightTick,
      districtNames: state.frame?.districtNames,
      horizon: state.a ? playEnd([state.a, state.b], state.a.scenario.ticks) : undefined,
      ticksPerYear: ticksPerYearOf(state),
      changes: changesOf(state),
    }
  }

  /** The unit of a chart's first line, from the observable registry; none when it is unknown. */
  const unitOf = (state: AppState, name: string | undefined): string | undefined => {
    if (!state.a || !name) return undefined
    try {
      return unitsFor(state.a.scenario, name, state.units).unit
    } catch {
      return undefined
    }
  }

  /** A run's columns in the page's units: real ones convert every observable the registry knows. */
  const inUnits = (state: AppState, cols: Readonly<Record<string, Float64Array>>) => {
    if (state.units === 'model' || !state.a) return cols
    const scenario = state.a.scenario
    const out: Record<string, Float64Array> = {}
    for (const name of Object.keys(cols)) {
      try {
        out[name] = convertColumn(scenario, cols, name, 'real')
      } catch {
        out[name] = cols[name]
      }
    }
    return out
  }

  function slotFor(spec: ChartSpec): Slot {
    const { figure: fig, container } = figure(spec.id, spec.title, spec.key, nameOf(spec.id))
    const target = select(container) as Container
    const draw = (state: AppState, width: number, fontSize: number, height?: number) => {
      const data = timeData(state)
      const base = { title: spec.title, width, fontSize, onPickTick: pick }
      if (spec.type === 'strength')
        strength({ ...base, name: spec.name, height: height ?? fontSize * 17 })(target, data)
      else if (spec.type === 'multiples')
        smallMultiples({
          ...base,
          height,
          actors: spec.actors,
          measures: spec.measures,
          aliases: spec.aliases,
          unitOf: (column) => unitOf(state, column),
        })(target, data)
      else {
        const threshold = spec.threshold ? (state.a?.data.outcome?.relapseThreshold ?? null) : null
        const references = threshold === null ? [] : [{ value: threshold, label: 'relapse threshold' }]
        timeSeries({
          ...base,
          unit: unitOf(state, spec.lines[0]?.name),
          lines: spec.lines,
          references,
          height: height ?? (spec.key ? fontSize * 17 : fontSize * 13),
        })(target, data)
      }
    }
    return { id: spec.id, figure: fig, container, draw, key: spec.key }
  }

  function rebuild(state: AppState) {
    names = state.a?.data.series.names
    const specs = chooseCharts(names ?? [])
    slots = specs.map(slotFor)
    main.replaceChildren(
      ...slots.filter((slot) => slot.key || !slot.id.startsWith('more-')).map((slot) => slot.figure),
    )
    moreGrid.replaceChildren(
      ...slots.filter((slot) => !slot.key && slot.id.startsWith('more-')).map((slot) => slot.figure),
    )
    more.hidden = moreGrid.childElementCount === 0
    const lines = differenceLines(specs)
    const diff = figure('difference', 'Run B − run A', true, nameOf('difference'))
    const diffTarget = select(diff.container) as Container
    branchSlot = {
      id: 'difference',
      ...diff,
      key: true,
      draw: (s, width, fontSize, height) => {
        if (!s.a || !s.b) return
        difference({
          title: `Run B − run A: ${lines.map((l) => l.label ?? l.name).join(', ')}`,
          lines,
          width,
          fontSize,
          height: height ?? fontSize * 15,
          onPickTick: pick,
        })(diffTarget, {
          a: { label: 'A', columns: columns(s.a.data.series) },
          b: { label: 'B', columns: columns(s.b.data.series) },
          branchTick: s.b.recipe.segments[0].tick,
          events: s.a.data.events,
          highlightTick: s.highlightTick,
          horizon: playEnd([s.a, s.b], s.a.scenario.ticks),
          ticksPerYear: ticksPerYearOf(s),
        })
      },
    }
    const outcome = figure('outcome', 'Drawdown outcome', true, nameOf('outcome'))
    const outcomeTarget = select(outcome.container) as Container
    outcomeSlot = {
      id: 'outcome',
      ...outcome,
      key: true,
      draw: (s, width, fontSize, height) => {
        const runs = [
          { label: 'A', outcome: s.a?.data.outcome ?? null },
          ...(s.b ? [{ label: 'B', outcome: s.b.data.outcome }] : []),
        ]
        // Fitted to a presenter cell, the rows' type shrinks so that no line is cut off.
        // Title, legend gap and bottom margin (4.7 lines) plus 7.4 lines per run.
        const lines = 4.7 + 7.4 * runs.filter((run) => run.outcome).length
        const size = height === undefined ? fontSize : Math.max(10, Math.min(fontSize, height / lines))
        outcomePanel({ title: 'Drawdown outcome', width, fontSize: size, height })(outcomeTarget, { runs })
      },
    }
    main.prepend(outcomeSlot.figure)
    const firstKey = slots.find((slot) => slot.key)
    if (firstKey) firstKey.figure.after(branchSlot.figure)
    else main.append(branchSlot.figure)
    drawn = undefined
  }

  function draw() {
    pending = undefined
    const state = latest
    if (!state || !branchSlot || !outcomeSlot) return
    lastDraw = performance.now()
    const presenter = state.view === 'presenter'
    // Presenter type follows the screen's height: 17 px at 720, 20 px from 1080 up.
    const fontSize = presenter ? Math.max(14, Math.min(20, Math.round(window.innerHeight / 42))) : 12
    const width = Math.max(
      280,
      Math.floor(
        main.clientWidth > 0 ? Math.min(main.clientWidth, state.view === 'presenter' ? 1400 : 720) : 480,
      ),
    )
    const changed =
      !drawn ||
      drawn.state.a !== state.a ||
      drawn.state.b !== state.b ||
      drawn.state.highlightTick !== state.highlightTick ||
      drawn.state.units !== state.units ||
      drawn.width !== width ||
      drawn.fontSize !== fontSize ||
      drawn.open !== more.open ||
      (presenter && drawn.height !== main.clientHeight)
    if (!changed) return
    branchSlot.figure.hidden = state.b === null
    outcomeSlot.figure.hidden = !(state.a?.data.outcome || state.b?.data.outcome)
    if (presenter) {
      drawPresenter(state, fontSize)
      drawn = { state, width, fontSize, open: more.open, height: main.clientHeight }
      return
    }
    main.style.removeProperty('--presenter-columns')
    for (const slot of [outcomeSlot, branchSlot, ...slots]) {
      if (slot.figure.hidden) continue
      if (!more.open && moreGrid.contains(slot.figure)) continue
      slot.draw(state, slot.figure.closest('.more-charts') ? Math.min(width, 360) : width, fontSize)
    }
    drawn = { state, width, fontSize, open: more.open, height: main.clientHeight }
  }

  /** Presenter mode: the key charts in a grid that fills the charts column, each drawn at its cell's size. */
  function drawPresenter(state: AppState, fontSize: number) {
    if (!outcomeSlot || !branchSlot) return
    const shown = [outcomeSlot, branchSlot, ...slots].filter(
      (slot) => !slot.figure.hidden && slot.key && slot.id !== 'actors' && !moreGrid.contains(slot.figure),
    )
    const columns = shown.length >= 4 ? 2 : 1
    const rows = Math.ceil(shown.length / columns)
    main.style.setProperty('--presenter-columns', String(columns))
    const gap = 6
    const width = Math.floor((main.clientWidth - gap * (columns - 1)) / columns) - 8
    const height = Math.floor((main.clientHeight - gap * (rows - 1)) / rows) - 8
    for (const slot of shown) slot.draw(state, Math.max(200, width), fontSize, Math.max(120, height))
  }

  function request() {
    if (pending !== undefined) return
    const wait = latest?.playing ? Math.max(0, REDRAW_MS - (performance.now() - lastDraw)) : 0
    pending = setTimeout(draw, wait)
  }

  more.addEventListener('toggle', request)
  new ResizeObserver(request).observe(main)

  function update(state: AppState) {
    latest = state
    if (state.a?.data.series.names !== names) rebuild(state)
    request()
  }

  return { element, update }
}
