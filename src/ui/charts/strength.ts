// Peacekeeper strength over time with the drawdown marked: each phase shaded from the tick it
// began, and the handover and the exit as labelled lines.
import { line, max, scaleLinear } from 'd3'
import { explainEvent } from '../events/explain.ts'
import { eventColour, OKABE_ITO } from '../palette.ts'
import { decimate } from './decimate.ts'
import {
  chartFrame,
  drawAxes,
  drawChanges,
  drawEmpty,
  drawHighlight,
  drawMarkers,
  enablePick,
  eventLegend,
  type LegendItem,
  runInk,
  tickExtent,
} from './frame.ts'
import type { Chart, ChartOptions, TimeData } from './types.ts'

export interface StrengthOptions extends ChartOptions {
  /** The strength column (default "pk.strength"). */
  name?: string
}

const PHASE_FILLS = ['#f2f2f2', '#e0e0e0']

export function strength(options: StrengthOptions): Chart<TimeData> {
  const name = options.name ?? 'pk.strength'
  return (container, data) => {
    const runs = data.runs.filter((run) => run.columns[name] !== undefined)
    const legend: LegendItem[] = runs.map((run) => ({
      label: runs.length > 1 ? `strength, run ${run.label}` : 'peacekeeper strength',
      colour: run.dashed ? runInk('B') : OKABE_ITO.black,
      dashed: run.dashed,
    }))
    legend.push(
      { label: 'handover', colour: eventColour('handover'), dashed: false },
      { label: 'exit', colour: eventColour('exit'), dashed: false },
      ...eventLegend(data.events, options.fontSize ?? 12, ['handover', 'exit']),
    )
    if (data.changes?.length) legend.push({ label: 'setting changed', colour: '#555555', dotted: true })
    const frame = chartFrame(container, options, legend)
    if (runs.length === 0) {
      drawEmpty(frame, 'no peacekeepers in this run')
      return
    }
    const x = scaleLinear().domain(tickExtent(runs, data.horizon)).range([0, frame.width])
    const top = max(runs, (run) => max(Array.from(run.columns[name]).filter(Number.isFinite))) ?? 1
    const y = scaleLinear()
      .domain([0, top || 1])
      .nice()
      .range([frame.height, 0])
    const events = data.events ?? []
    const [, last] = x.domain()
    const phases = events.filter((event) => event.kind === 'drawdown-phase')
    const shading = frame.plot.append('g').attr('class', 'phases')
    phases.forEach((phase, i) => {
      const end = phases[i + 1]?.tick ?? last
      shading
        .append('rect')
        .attr('x', x(phase.tick))
        .attr('width', Math.max(0, x(end) - x(phase.tick)))
        .attr('height', frame.height)
        .attr('fill', PHASE_FILLS[i % 2])
      shading
        .append('text')
        .attr('x', x(phase.tick) + 3)
        .attr('y', frame.height - 4)
        .attr('font-size', frame.fontSize * 0.8)
        .text(phase.kind === 'drawdown-phase' ? phase.cause.phase : `phase ${i + 1}`)
    })
    drawAxes(frame, x, y, { ticksPerYear: data.ticksPerYear, yLabel: 'share of mandated strength' })
    drawChanges(frame, x, data.changes)
    drawMarkers(
      frame,
      x,
      events.filter((event) => event.kind !== 'handover' && event.kind !== 'exit'),
      data.districtNames,
    )
    const milestones = events.filter((event) => event.kind === 'handover' || event.kind === 'exit')
    let handoverLabelled = false
    for (const event of milestones) {
      const colour = eventColour(event.kind)
      frame.plot
        .append('line')
        .attr('x1', x(event.tick))
        .attr('x2', x(event.tick))
        .attr('y1', 0)
        .attr('y2', frame.height)
        .attr('stroke', colour)
        .attr('stroke-width', event.kind === 'exit' ? 3 : 2)
        .append('title')
        .text(explainEvent(event, { districtNames: data.districtNames }))
      // Handovers come district by district: label the first, the others say theirs as tooltips.
      if (event.kind === 'handover' && handoverLabelled) continue
      if (event.kind === 'handover') handoverLabelled = true
      frame.plot
        .append('text')
        .attr('x', x(event.tick) + 3)
        .attr('y', frame.fontSize * (event.kind === 'exit' ? 2.2 : 1.1))
        .attr('font-size', frame.fontSize * 0.85)
        .attr('fill', colour)
        .text(
          event.kind === 'exit'
            ? `exit (tick ${event.tick})`
            : milestones.filter((m) => m.kind === 'handover').length > 1
              ? 'handovers'
              : 'handover',
        )
    }
    const path = line<[number, number]>()
      .defined((d) => Number.isFinite(d[1]))
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))
    for (const run of runs)
      frame.plot
        .append('path')
        .attr('fill', 'none')
        .attr(
          'd',
          path(decimate(run.columns[name], run.firstTick ?? 0, Math.max(50, Math.round(frame.width)))),
        )
        .attr('stroke', run.dashed ? runInk('B') : OKABE_ITO.black)
        .attr('stroke-width', frame.fontSize / 5)
        .attr('stroke-dasharray', run.dashed ? '6 4' : null)
        .attr('data-series', `${run.label}:${name}`)
    drawHighlight(frame, x, data.highlightTick)
    enablePick(frame, x, options.onPickTick, data.ticksPerYear)
  }
}
