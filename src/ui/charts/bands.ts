// An ensemble over seeds: the median with the middle 50% and 90% of runs as bands, tick by tick.
import { max, min, scaleLinear } from 'd3'
import type { SimEvent } from '../../engine/core/events.ts'
import { seriesColour } from '../palette.ts'
import { chartFrame, drawAxes, drawEmpty, drawHighlight, drawMarkers, enablePick } from './frame.ts'
import type { Chart, ChartOptions } from './types.ts'

/** Quantiles of one observable across runs, per tick (row i is tick i). */
export interface Quantiles {
  q05: Float64Array
  q25: Float64Array
  median: Float64Array
  q75: Float64Array
  q95: Float64Array
}

export interface BandsOptions extends ChartOptions {
  /** The observable, for its colour. */
  name: string
  label?: string
  /** The y axis's unit. */
  unit?: string
}

export interface BandsData {
  bands: Quantiles
  /** How many runs the bands summarise. */
  runs: number
  events?: readonly SimEvent[]
  highlightTick?: number | null
  ticksPerYear?: number
}

function bandPath(
  x: (t: number) => number,
  y: (v: number) => number,
  low: Float64Array,
  high: Float64Array,
): string {
  let d = ''
  for (let i = 0; i < low.length; i++) d += `${i === 0 ? 'M' : 'L'}${x(i)},${y(high[i])}`
  for (let i = low.length - 1; i >= 0; i--) d += `L${x(i)},${y(low[i])}`
  return `${d}Z`
}

function linePath(x: (t: number) => number, y: (v: number) => number, values: Float64Array): string {
  let d = ''
  for (let i = 0; i < values.length; i++) d += `${i === 0 ? 'M' : 'L'}${x(i)},${y(values[i])}`
  return d
}

export function bands(options: BandsOptions): Chart<BandsData> {
  return (container, data) => {
    const colour = seriesColour(options.name, 0)
    const label = options.label ?? options.name
    const frame = chartFrame(container, options, [
      { label: `${label}: median of ${data.runs} runs`, colour },
      { label: '50% of runs', colour, band: true },
      { label: '90%', colour: '#999999', band: true },
    ])
    const { q05, q25, median, q75, q95 } = data.bands
    if (median.length === 0) {
      drawEmpty(frame, 'no runs yet')
      return
    }
    const x = scaleLinear()
      .domain([0, Math.max(1, median.length - 1)])
      .range([0, frame.width])
    const low = Math.min(0, min(q05) ?? 0)
    const high = max(q95) ?? 1
    const y = scaleLinear()
      .domain([low, high === low ? low + 1 : high])
      .nice()
      .range([frame.height, 0])
    drawAxes(frame, x, y, { ticksPerYear: data.ticksPerYear, yLabel: options.unit })
    drawMarkers(frame, x, data.events)
    frame.plot
      .append('path')
      .attr('d', bandPath(x, y, q05, q95))
      .attr('fill', '#999999')
      .attr('fill-opacity', 0.3)
    frame.plot
      .append('path')
      .attr('d', bandPath(x, y, q25, q75))
      .attr('fill', colour)
      .attr('fill-opacity', 0.3)
    frame.plot
      .append('path')
      .attr('d', linePath(x, y, median))
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', frame.fontSize / 6)
      .attr('data-series', `median:${options.name}`)
    drawHighlight(frame, x, data.highlightTick)
    enablePick(frame, x, options.onPickTick, data.ticksPerYear)
  }
}
