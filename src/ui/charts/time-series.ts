// Lines over ticks: one per observable, for one run or for runs A (solid) and B (dashed) overlaid,
// with event markers and the highlighted tick.
import { color as colorOf, extent, line, scaleLinear } from 'd3'
import { seriesColour } from '../palette.ts'
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
  tickExtent,
} from './frame.ts'
import type { Chart, ChartOptions, TimeData } from './types.ts'

export interface LineSpec {
  /** Observable name (a column). */
  name: string
  /** Legend text; defaults to the name. */
  label?: string
  /** Colour key (e.g. "active", "police"); defaults to the name. */
  colour?: string
}

export interface TimeSeriesOptions extends ChartOptions {
  lines: readonly LineSpec[]
  /** The y axis starts at 0 unless the values go below it (default true). */
  zero?: boolean
  /** Fixed y domain, e.g. [0, 1] for shares. */
  yDomain?: [number, number]
  /** Horizontal reference lines, e.g. a relapse threshold. */
  references?: readonly { value: number; label: string }[]
  /** The y axis's unit, e.g. "per 10,000 citizens per tick". */
  unit?: string
}

/** Run B's lines: the same hue as A's, lighter, so the runs differ in colour as well as dash. */
export const runBColour = (colour: string): string => colorOf(colour)?.brighter(0.9).formatHex() ?? colour

export function timeSeries(options: TimeSeriesOptions): Chart<TimeData> {
  return (container, data) => {
    const runs = data.runs.filter((run) => options.lines.some((spec) => run.columns[spec.name] !== undefined))
    const legend: LegendItem[] = options.lines.map((spec, i) => ({
      label: spec.label ?? spec.name,
      colour: seriesColour(spec.colour ?? spec.name, i),
    }))
    if (runs.length > 1)
      for (const run of runs)
        legend.push({
          label: `run ${run.label}${run.dashed ? ' (lighter, dashed)' : ''}`,
          colour: run.dashed ? runBColour('#555555') : '#555555',
          dashed: run.dashed,
        })
    if (data.changes?.length) legend.push({ label: 'setting changed', colour: '#555555', dotted: true })
    legend.push(...eventLegend(data.events, options.fontSize ?? 12))
    const frame = chartFrame(container, options, legend)
    if (runs.length === 0) {
      drawEmpty(frame, 'no data yet')
      return
    }
    const x = scaleLinear().domain(tickExtent(runs, data.horizon)).range([0, frame.width])
    let low = Number.POSITIVE_INFINITY
    let high = Number.NEGATIVE_INFINITY
    for (const run of runs)
      for (const spec of options.lines) {
        const values = run.columns[spec.name]
        if (!values) continue
        const [a, b] = extent(Array.from(values).filter(Number.isFinite))
        if (a !== undefined && b !== undefined) {
          low = Math.min(low, a)
          high = Math.max(high, b)
        }
      }
    // Headroom above a reference line, so its label sits inside the plot, clear of the top.
    for (const reference of options.references ?? []) high = Math.max(high, reference.value * 1.15)
    if (!Number.isFinite(low)) [low, high] = [0, 1]
    if (options.zero !== false) low = Math.min(0, low)
    const y = scaleLinear()
      .domain(options.yDomain ?? [low, high === low ? low + 1 : high])
      .nice()
      .range([frame.height, 0])
    drawAxes(frame, x, y, { ticksPerYear: data.ticksPerYear, yLabel: options.unit })
    drawMarkers(frame, x, data.events, data.districtNames)
    drawChanges(frame, x, data.changes)
    for (const reference of options.references ?? []) {
      frame.plot
        .append('line')
        .attr('x1', 0)
        .attr('x2', frame.width)
        .attr('y1', y(reference.value))
        .attr('y2', y(reference.value))
        .attr('stroke', '#000000')
        .attr('stroke-dasharray', '6 3')
    }
    const path = line<[number, number]>()
      .defined((d) => Number.isFinite(d[1]))
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))
    const buckets = Math.max(50, Math.round(frame.width))
    const lines = frame.plot.append('g').attr('class', 'lines').attr('fill', 'none')
    for (const run of runs)
      options.lines.forEach((spec, i) => {
        const values = run.columns[spec.name]
        if (!values) return
        lines
          .append('path')
          .attr('d', path(decimate(values, run.firstTick ?? 0, buckets)))
          .attr(
            'stroke',
            run.dashed
              ? runBColour(seriesColour(spec.colour ?? spec.name, i))
              : seriesColour(spec.colour ?? spec.name, i),
          )
          .attr('stroke-width', frame.fontSize / 6)
          .attr('stroke-dasharray', run.dashed ? '6 4' : null)
          .attr('data-series', `${run.label}:${spec.name}`)
      })
    // The references' labels go over the lines, on a white halo, so data never overprints them.
    for (const reference of options.references ?? [])
      frame.plot
        .append('text')
        .attr('class', 'reference-label')
        .attr('x', frame.width - 2)
        .attr('y', y(reference.value) - 4)
        .attr('text-anchor', 'end')
        .attr('font-size', frame.fontSize * 0.85)
        .attr('font-weight', 600)
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 4)
        .attr('paint-order', 'stroke')
        .text(reference.label)
    drawHighlight(frame, x, data.highlightTick)
    enablePick(frame, x, options.onPickTick, data.ticksPerYear)
  }
}
