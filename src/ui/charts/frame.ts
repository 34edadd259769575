// What every chart shares: an <svg> with a title, a plot area with margins, axes, a legend,
// event markers on time axes and the highlighted tick. Presentation attributes (not CSS), so an
// exported SVG looks the same outside the page.
import { axisBottom, axisLeft, format, type ScaleLinear, type Selection } from 'd3'
import type { SimEvent } from '../../engine/core/events.ts'
import { explainEvent, markedEvents, PHASE_KINDS } from '../events/explain.ts'
import { eventColour } from '../palette.ts'
import type { ChartOptions, Container } from './types.ts'

export type Group = Selection<SVGGElement, unknown, null, undefined>

export interface Frame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>
  /** The plot area, translated by the margins. */
  plot: Group
  width: number
  height: number
  fontSize: number
  /** Top of the plot area in svg coordinates, below title and legend. */
  top: number
}

export const TEXT_COLOUR = '#1a1a1a'

const plain = format('~g')
const large = format('~s')
/** Tick labels: plain numbers (0.4, 250, 1200), SI suffixes only from 10,000 on (12k). */
export const valueFormat = (value: number | { valueOf(): number }): string => {
  const number = Number(value)
  return Math.abs(number) >= 10_000 ? large(number) : plain(number)
}
export const GRID_COLOUR = '#d9d9d9'

export interface LegendItem {
  label: string
  colour: string
  dashed?: boolean
  /** A band instead of a line. */
  band?: boolean
}

/** A fresh <svg> in `container` with the title and legend drawn; the plot area below them. */
export function chartFrame(
  container: Container,
  options: ChartOptions,
  legend: readonly LegendItem[] = [],
): Frame {
  const width = options.width ?? 480
  const totalHeight = options.height ?? 200
  const fontSize = options.fontSize ?? 12
  container.selectChildren('svg').remove()
  const svg = container
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${totalHeight}`)
    .attr('width', width)
    .attr('height', totalHeight)
    .attr('role', 'img')
    .attr('aria-label', options.title)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', fontSize)
    .attr('fill', TEXT_COLOUR)
  svg.append('rect').attr('width', width).attr('height', totalHeight).attr('fill', '#ffffff')
  svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', 4)
    .attr('y', fontSize * 1.2)
    .attr('font-weight', 600)
    .attr('font-size', fontSize * 1.1)
    .text(options.title)
  let top = fontSize * 1.8
  if (legend.length > 0) top = drawLegend(svg, legend, width, top, fontSize)
  const margin = { left: fontSize * 4, right: fontSize, bottom: fontSize * 2.4 }
  const plot = svg.append('g').attr('transform', `translate(${margin.left},${top + fontSize * 0.5})`)
  return {
    svg,
    plot,
    width: Math.max(10, width - margin.left - margin.right),
    height: Math.max(10, totalHeight - top - fontSize * 0.5 - margin.bottom),
    fontSize,
    top,
  }
}

function drawLegend(
  svg: Frame['svg'],
  items: readonly LegendItem[],
  width: number,
  top: number,
  fontSize: number,
): number {
  const legend = svg.append('g').attr('class', 'legend')
  let x = 4
  let y = top + fontSize * 0.4
  for (const item of items) {
    const textWidth = item.label.length * fontSize * 0.58
    if (x + 26 + textWidth > width && x > 4) {
      x = 4
      y += fontSize * 1.4
    }
    if (item.band) {
      legend
        .append('rect')
        .attr('x', x)
        .attr('y', y - fontSize * 0.35)
        .attr('width', 18)
        .attr('height', fontSize * 0.7)
        .attr('fill', item.colour)
        .attr('fill-opacity', 0.3)
    } else {
      legend
        .append('line')
        .attr('x1', x)
        .attr('x2', x + 18)
        .attr('y1', y)
        .attr('y2', y)
        .attr('stroke', item.colour)
        .attr('stroke-width', 2.5)
        .attr('stroke-dasharray', item.dashed ? '5 3' : null)
    }
    legend
      .append('text')
      .attr('x', x + 22)
      .attr('y', y)
      .attr('dy', '0.35em')
      .text(item.label)
    x += 26 + textWidth + fontSize
  }
  return y + fontSize * 0.9
}

/** Axes with light grid lines; `yFormat` for the y ticks. */
export function drawAxes(
  frame: Frame,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  options: { xLabel?: string; yTicks?: number } = {},
): void {
  const { plot, width, height, fontSize } = frame
  const yTicks = options.yTicks ?? Math.max(2, Math.round(height / (fontSize * 3)))
  const xTicks = Math.max(2, Math.round(width / (fontSize * 6)))
  plot
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(y.ticks(yTicks))
    .join('line')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', GRID_COLOUR)
  const xAxis = plot
    .append('g')
    .attr('transform', `translate(0,${height})`)
    .call(axisBottom(x).ticks(xTicks, 'd'))
  const yAxis = plot.append('g').call(axisLeft(y).ticks(yTicks).tickFormat(valueFormat))
  for (const axis of [xAxis, yAxis]) {
    axis.attr('font-size', fontSize).attr('font-family', null)
    axis.selectAll('text').attr('fill', TEXT_COLOUR)
    axis.selectAll('line,path').attr('stroke', TEXT_COLOUR)
  }
  if (options.xLabel)
    plot
      .append('text')
      .attr('x', -fontSize * 0.6)
      .attr('y', height + fontSize * 1.35)
      .attr('text-anchor', 'end')
      .attr('font-size', fontSize * 0.9)
      .text(options.xLabel)
}

/** Event markers: a thin line and a triangle at the top, with the event in words as its tooltip. */
export function drawMarkers(
  frame: Frame,
  x: ScaleLinear<number, number>,
  events: readonly SimEvent[] | undefined,
  districtNames?: readonly string[],
): void {
  if (!events || events.length === 0) return
  const [low, high] = x.domain()
  const shown = markedEvents(events).filter((event) => event.tick >= low && event.tick <= high)
  const size = frame.fontSize * 0.45
  const marks = frame.plot
    .append('g')
    .attr('class', 'markers')
    .selectAll('g')
    .data(shown)
    .join('g')
    .attr('transform', (event) => `translate(${x(event.tick)},0)`)
  marks
    .append('line')
    .attr('y1', 0)
    .attr('y2', frame.height)
    .attr('stroke', (event) => eventColour(event.kind))
    .attr('stroke-width', (event) => (PHASE_KINDS.has(event.kind) ? 1.5 : 1))
    .attr('stroke-dasharray', (event) => (PHASE_KINDS.has(event.kind) ? null : '2 3'))
    .attr('stroke-opacity', 0.8)
  marks
    .append('path')
    .attr('d', `M${-size},${-size * 1.6}L${size},${-size * 1.6}L0,0Z`)
    .attr('fill', (event) => eventColour(event.kind))
  marks.append('title').text((event) => explainEvent(event, { districtNames }))
}

/** A vertical band at `tick`, labelled, for the tick picked in the event log. */
export function drawHighlight(
  frame: Frame,
  x: ScaleLinear<number, number>,
  tick: number | null | undefined,
): void {
  if (tick === null || tick === undefined) return
  const [low, high] = x.domain()
  if (tick < low || tick > high) return
  const g = frame.plot.append('g').attr('class', 'highlight')
  g.append('line')
    .attr('x1', x(tick))
    .attr('x2', x(tick))
    .attr('y1', 0)
    .attr('y2', frame.height)
    .attr('stroke', '#000000')
    .attr('stroke-width', 2)
  g.append('text')
    .attr('x', x(tick) + 3)
    .attr('y', frame.fontSize)
    .attr('font-size', frame.fontSize * 0.9)
    .attr('font-weight', 600)
    .text(`tick ${tick}`)
}

/** Clicking the plot area picks the nearest tick. */
export function enablePick(
  frame: Frame,
  x: ScaleLinear<number, number>,
  onPick?: (tick: number) => void,
): void {
  if (!onPick) return
  frame.plot
    .append('rect')
    .attr('class', 'pick')
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('fill', 'transparent')
    .attr('cursor', 'crosshair')
    .on('click', (event: MouseEvent) => {
      const svg = frame.svg.node()
      const rect = (event.currentTarget as SVGRectElement).getBoundingClientRect()
      if (!svg || rect.width === 0) return
      const fraction = (event.clientX - rect.left) / rect.width
      onPick(Math.round(x.invert(fraction * frame.width)))
    })
}

/** Tick extent of a set of runs, reaching at least `horizon`. */
export function tickExtent(
  runs: readonly { columns: Readonly<Record<string, ArrayLike<number>>>; firstTick?: number }[],
  horizon = 0,
): [number, number] {
  let low = Number.POSITIVE_INFINITY
  let high = horizon
  for (const run of runs) {
    const first = run.firstTick ?? 0
    const length = Object.values(run.columns)[0]?.length ?? 0
    low = Math.min(low, first)
    high = Math.max(high, first + length - 1)
  }
  if (!Number.isFinite(low)) low = 0
  return [low, Math.max(high, low + 1)]
}

/** An empty state: a sentence where the chart would be. */
export function drawEmpty(frame: Frame, message: string): void {
  frame.plot
    .append('text')
    .attr('x', frame.width / 2)
    .attr('y', frame.height / 2)
    .attr('text-anchor', 'middle')
    .attr('fill', '#555555')
    .text(message)
}
