// What every chart shares: an <svg> with a title, a plot area with margins, axes, a legend,
// event markers on time axes and the highlighted tick. Presentation attributes (not CSS), so an
// exported SVG looks the same outside the page.
import {
  axisBottom,
  axisLeft,
  format,
  ticks as niceTicks,
  pointer,
  type ScaleLinear,
  type Selection,
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3'
import type { SimEvent } from '../../engine/core/events.ts'
import { explainEvent, markedEvents, PHASE_KINDS } from '../events/explain.ts'
import { eventColour } from '../palette.ts'
import type { Change, ChartOptions, Container } from './types.ts'

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
  /** A dotted line: a mid-run change. */
  dotted?: boolean
  /** A marker shape (a d3 symbol path) instead of a line: an event kind. */
  symbol?: string
}

/** Shrinks a text's type until it fits `width` pixels (measured in a browser, estimated elsewhere),
 * so a long title or verdict is never cut off at the chart's edge. */
export function fitText(text: Selection<SVGTextElement, unknown, null, undefined>, width: number): void {
  const node = text.node()
  if (!node) return
  const size =
    Number.parseFloat(text.attr('font-size') ?? '') ||
    Number.parseFloat(getComputedStyle(node).fontSize) ||
    12
  const measured =
    typeof node.getComputedTextLength === 'function' && node.isConnected ? node.getComputedTextLength() : 0
  const length = measured > 0 ? measured : (node.textContent?.length ?? 0) * size * 0.58
  if (length > width && length > 0) text.attr('font-size', Math.max(6, (size * width) / length))
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
  const title = svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', 4)
    .attr('y', fontSize * 1.2)
    .attr('font-weight', 600)
    .attr('font-size', fontSize * 1.1)
    .text(options.title)
  fitText(title, width - 8)
  let top = fontSize * 1.8
  if (legend.length > 0) top = drawLegend(svg, legend, width, top, fontSize)
  const margin = { left: fontSize * 4.6, right: fontSize, bottom: fontSize * 2.4 }
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
    if (item.symbol) {
      legend
        .append('path')
        .attr('transform', `translate(${x + 9},${y})`)
        .attr('d', item.symbol)
        .attr('fill', item.colour)
    } else if (item.band) {
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
        .attr('stroke-dasharray', item.dashed ? '5 3' : item.dotted ? '1 3' : null)
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

/** Tick values and labels for a time axis: whole (or half, quarter…) years when the scenario
 * says how long a tick is, else plain ticks. */
export function timeAxis(x: ScaleLinear<number, number>, count: number, ticksPerYear?: number) {
  const axis = axisBottom(x)
  if (!ticksPerYear) return { axis: axis.ticks(count, 'd'), label: 'tick' }
  const [low, high] = x.domain()
  const years = niceTicks(low / ticksPerYear, high / ticksPerYear, count)
  return {
    axis: axis
      .tickValues(years.map((year) => year * ticksPerYear))
      .tickFormat((t) => plain(Number(t) / ticksPerYear)),
    label: 'years',
  }
}

/** "tick 312 (year 6.0)", or "tick 312" without a tick length. */
export const tickWords = (tick: number, ticksPerYear?: number): string =>
  ticksPerYear ? `tick ${tick} (year ${(tick / ticksPerYear).toFixed(1)})` : `tick ${tick}`

/** Axes with light grid lines; time in years when `ticksPerYear` is known, and the y axis's unit. */
export function drawAxes(
  frame: Frame,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  options: { yTicks?: number; ticksPerYear?: number; yLabel?: string } = {},
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
  const time = timeAxis(x, xTicks, options.ticksPerYear)
  const xAxis = plot.append('g').attr('transform', `translate(0,${height})`).call(time.axis)
  const yAxis = plot.append('g').call(axisLeft(y).ticks(yTicks).tickFormat(valueFormat))
  for (const axis of [xAxis, yAxis]) {
    axis.attr('font-size', fontSize).attr('font-family', null)
    axis.selectAll('text').attr('fill', TEXT_COLOUR)
    axis.selectAll('line,path').attr('stroke', TEXT_COLOUR)
  }
  plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', -fontSize * 0.6)
    .attr('y', height + fontSize * 1.35)
    .attr('text-anchor', 'end')
    .attr('font-size', fontSize * 0.9)
    .text(time.label)
  if (options.yLabel) drawYLabel(frame, options.yLabel)
}

/** The y axis's unit, written up the left margin beside the tick labels, in small type. */
export function drawYLabel(frame: Frame, text: string): void {
  const label = frame.plot
    .append('text')
    .attr('class', 'axis-label y-unit')
    .attr('transform', `translate(${-frame.fontSize * 3.9},${frame.height / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('font-size', frame.fontSize * 0.75)
    .attr('fill', '#444444')
    .text(text)
  fitText(label, frame.height)
}

/** Mid-run setting changes: a dotted line in the run's ink, with a square at the foot and the change as tooltip. */
export function drawChanges(
  frame: Frame,
  x: ScaleLinear<number, number>,
  changes: readonly Change[] | undefined,
): void {
  if (!changes || changes.length === 0) return
  const [low, high] = x.domain()
  const shown = changes.filter((change) => change.tick >= low && change.tick <= high)
  const size = frame.fontSize * 0.5
  const marks = frame.plot
    .append('g')
    .attr('class', 'changes')
    .selectAll('g')
    .data(shown)
    .join('g')
    .attr('transform', (change) => `translate(${x(change.tick)},0)`)
    .attr('data-change-tick', (change) => change.tick)
  marks
    .append('line')
    .attr('y1', 0)
    .attr('y2', frame.height)
    .attr('stroke', (change) => runInk(change.run))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '1 3')
  marks
    .append('rect')
    .attr('x', -size / 2)
    .attr('y', frame.height - size)
    .attr('width', size)
    .attr('height', size)
    .attr('fill', (change) => runInk(change.run))
  marks.append('title').text((change) => change.text)
}

/** Run A's ink and run B's: black and orange, told apart without the dash too. */
export const runInk = (run: string): string => (run === 'B' ? '#B35900' : TEXT_COLOUR)

/** One marker shape per event kind, so kinds differ in shape as well as colour. */
const EVENT_SHAPES: Readonly<Record<string, SymbolType>> = {
  shock: symbolTriangle,
  'drawdown-phase': symbolSquare,
  handover: symbolDiamond,
  exit: symbolStar,
  relapse: symbolCross,
  outburst: symbolTriangle,
  extinction: symbolWye,
  'trust-collapse': symbolCircle,
}

const EVENT_NAMES: Readonly<Record<string, string>> = {
  'drawdown-phase': 'drawdown phase',
  'trust-collapse': 'trust collapse',
}

/** The marker of an event kind as a path, `size` pixels across. */
export const eventSymbol = (kind: string, size: number): string =>
  symbol(EVENT_SHAPES[kind] ?? symbolCircle, size * size * 0.6)() ?? ''

/** One legend entry per event kind marked on this chart. */
export function eventLegend(
  events: readonly SimEvent[] | undefined,
  fontSize: number,
  skip: readonly string[] = [],
): LegendItem[] {
  const kinds = [...new Set(markedEvents(events ?? []).map((event) => event.kind))].filter(
    (kind) => !skip.includes(kind),
  )
  return kinds.map((kind) => ({
    label: EVENT_NAMES[kind] ?? kind,
    colour: eventColour(kind),
    symbol: eventSymbol(kind, fontSize),
  }))
}

/** Event markers: a thin line and the kind's shape at the top, with the event in words as its tooltip. */
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
    .attr('transform', `translate(0,${size * 1.2})`)
    .attr('d', (event) => eventSymbol(event.kind, size * 2.2))
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

/** Hovering the plot area shows the tick under the pointer; clicking picks it. */
export function enablePick(
  frame: Frame,
  x: ScaleLinear<number, number>,
  onPick?: (tick: number) => void,
  ticksPerYear?: number,
): void {
  const hover = frame.plot
    .append('g')
    .attr('class', 'hover')
    .attr('display', 'none')
    .attr('pointer-events', 'none')
  hover.append('line').attr('y1', 0).attr('y2', frame.height).attr('stroke', '#777777')
  const label = hover
    .append('text')
    .attr('y', frame.height - frame.fontSize * 0.4)
    .attr('font-size', frame.fontSize * 0.85)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
  const tickAt = (event: MouseEvent) => {
    const [px] = pointer(event, frame.plot.node())
    return Math.round(x.invert(Math.max(0, Math.min(frame.width, px))))
  }
  frame.plot
    .append('rect')
    .attr('class', 'pick')
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('fill', 'transparent')
    .attr('cursor', onPick ? 'crosshair' : null)
    .on('mousemove', (event: MouseEvent) => {
      const tick = tickAt(event)
      const at = x(tick)
      hover.attr('display', null)
      hover.select('line').attr('x1', at).attr('x2', at)
      label
        .attr('x', at + (at > frame.width / 2 ? -4 : 4))
        .attr('text-anchor', at > frame.width / 2 ? 'end' : 'start')
        .text(tickWords(tick, ticksPerYear))
    })
    .on('mouseleave', () => hover.attr('display', 'none'))
    .on('click', (event: MouseEvent) => onPick?.(tickAt(event)))
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
