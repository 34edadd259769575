// B − A: what the changed strategy did, tick by tick, after the branch. Both runs share their
// random streams, so the difference is the change's alone, not noise.
import { extent, line, scaleLinear } from 'd3'
import type { SimEvent } from '../../engine/core/events.ts'
import { seriesColour } from '../palette.ts'
import { decimate } from './decimate.ts'
import { chartFrame, drawAxes, drawEmpty, drawHighlight, drawMarkers, enablePick } from './frame.ts'
import type { LineSpec } from './time-series.ts'
import type { Chart, ChartOptions, RunLines } from './types.ts'

export interface DifferenceOptions extends ChartOptions {
  lines: readonly LineSpec[]
}

export interface DifferenceData {
  a: RunLines
  b: RunLines
  /** The tick B branched from A: the difference starts there. */
  branchTick: number
  events?: readonly SimEvent[]
  highlightTick?: number | null
  horizon?: number
  ticksPerYear?: number
}

/** b − a over the rows both have, from `from`; row i is tick i (both runs start at tick 0). */
export function differenceOf(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const n = Math.min(a.length, b.length)
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) out[i] = b[i] - a[i]
  return out
}

export function difference(options: DifferenceOptions): Chart<DifferenceData> {
  return (container, data) => {
    const legend = options.lines.map((spec, i) => ({
      label: `${spec.label ?? spec.name} (B − A)`,
      colour: seriesColour(spec.colour ?? spec.name, i),
    }))
    const frame = chartFrame(container, options, legend)
    const diffs = options.lines.flatMap((spec, i) => {
      const a = data.a.columns[spec.name]
      const b = data.b.columns[spec.name]
      return a && b ? [{ spec, i, values: differenceOf(a, b) }] : []
    })
    const length = diffs[0]?.values.length ?? 0
    if (length <= data.branchTick) {
      drawEmpty(frame, 'play to see B − A')
      return
    }
    const x = scaleLinear()
      .domain([data.branchTick, Math.max(length - 1, data.horizon ?? 0, data.branchTick + 1)])
      .range([0, frame.width])
    let bound = 0
    for (const { values } of diffs) {
      const [low, high] = extent(values.subarray(data.branchTick))
      bound = Math.max(bound, Math.abs(low ?? 0), Math.abs(high ?? 0))
    }
    const y = scaleLinear()
      .domain([-(bound || 1), bound || 1])
      .nice()
      .range([frame.height, 0])
    drawAxes(frame, x, y, { ticksPerYear: data.ticksPerYear, yLabel: 'run B minus run A, same units' })
    frame.plot
      .append('line')
      .attr('x1', 0)
      .attr('x2', frame.width)
      .attr('y1', y(0))
      .attr('y2', y(0))
      .attr('stroke', '#000000')
    drawMarkers(frame, x, data.events)
    const path = line<[number, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))
    const buckets = Math.max(50, Math.round(frame.width))
    for (const { spec, i, values } of diffs)
      frame.plot
        .append('path')
        .attr('fill', 'none')
        .attr('d', path(decimate(values, 0, buckets, data.branchTick)))
        .attr('stroke', seriesColour(spec.colour ?? spec.name, i))
        .attr('stroke-width', frame.fontSize / 6)
        .attr('data-series', `B-A:${spec.name}`)
    drawHighlight(frame, x, data.highlightTick)
    enablePick(frame, x, options.onPickTick, data.ticksPerYear)
  }
}
