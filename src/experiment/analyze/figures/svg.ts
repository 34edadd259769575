// SVG as text, without a DOM, so figures are drawn the same way in Node (files) and the browser
// (innerHTML): escaped elements, an accessible document, and d3-style axes from a scale's ticks.
import type { ScaleBand, ScaleLinear } from 'd3'

export type Attributes = Record<string, string | number | undefined | null>

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`,
  )
}

/** Numbers rounded to 0.01 px: smaller files, the same picture. */
const attributeValue = (value: string | number) =>
  typeof value === 'number' ? String(Math.round(value * 100) / 100) : escapeXml(value)

/** `<name …attributes>children</name>`; children are SVG text already (escape text with `text()`). */
export function element(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ` ${key}="${attributeValue(value as string | number)}"`)
    .join('')
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`
}

/** A `<text>` element holding `content` escaped. */
export const text = (content: string, attributes: Attributes = {}) =>
  element('text', attributes, escapeXml(content))

/** A `<title>` child: the tooltip a browser shows on hover and the name a screen reader reads. */
export const tooltip = (content: string) => element('title', {}, escapeXml(content))

export interface DocumentOptions {
  width: number
  height: number
  title: string
  description: string
  /** Prefix for the ids of the title and description (unique per page when several are inlined). */
  id: string
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
export const FONT_SIZE = 13

/** A generous width estimate of a label at FONT_SIZE, for margins (no DOM to measure with). */
export const textWidth = (label: string) => Math.ceil(label.length * FONT_SIZE * 0.62)

export { levelLabel } from '../text-table.ts'

/** A standalone SVG document with `<title>` and `<desc>` named by `aria-labelledby`. */
export function svgDocument(options: DocumentOptions, body: readonly string[]): string {
  const { width, height, id } = options
  return `${element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT,
      'font-size': FONT_SIZE,
    },
    element('title', { id: `${id}-title` }, escapeXml(options.title)),
    element('desc', { id: `${id}-desc` }, escapeXml(options.description)),
    element('rect', { width, height, fill: '#ffffff' }),
    ...body,
  )}\n`
}

export interface AxisOptions {
  /** Where the axis line sits: the y of a bottom axis, the x of a left axis. */
  at: number
  label: string
  ticks?: number
  format?: (value: number) => string
  /** Length of the grid lines across the plot (0 for none). */
  grid?: number
}

const TICK = 6

/** A bottom axis for a linear scale: line, ticks, tick labels, axis label centred below. */
export function bottomAxis(scale: ScaleLinear<number, number>, options: AxisOptions): string {
  const format = options.format ?? scale.tickFormat(options.ticks ?? 6)
  const [start, end] = scale.range()
  const ticks = scale.ticks(options.ticks ?? 6).map((value) => {
    const x = scale(value)
    return element(
      'g',
      { transform: `translate(${attributeValue(x)},${attributeValue(options.at)})` },
      options.grid ? element('line', { y2: -options.grid, stroke: '#e5e5e5' }) : '',
      element('line', { y2: TICK, stroke: '#333333' }),
      text(format(value), { y: TICK + 13, 'text-anchor': 'middle', fill: '#333333' }),
    )
  })
  return element(
    'g',
    { class: 'axis axis-x' },
    element('line', { x1: start, x2: end, y1: options.at, y2: options.at, stroke: '#333333' }),
    ...ticks,
    text(options.label, {
      x: (start + end) / 2,
      y: options.at + 42,
      'text-anchor': 'middle',
      fill: '#111111',
    }),
  )
}

/** A left axis for a linear scale, its label rotated along the axis. */
export function leftAxis(scale: ScaleLinear<number, number>, options: AxisOptions): string {
  const format = options.format ?? scale.tickFormat(options.ticks ?? 5)
  const [bottom, top] = scale.range()
  const ticks = scale.ticks(options.ticks ?? 5).map((value) => {
    const y = scale(value)
    return element(
      'g',
      { transform: `translate(${attributeValue(options.at)},${attributeValue(y)})` },
      options.grid ? element('line', { x2: options.grid, stroke: '#e5e5e5' }) : '',
      element('line', { x2: -TICK, stroke: '#333333' }),
      text(format(value), { x: -TICK - 4, dy: '0.32em', 'text-anchor': 'end', fill: '#333333' }),
    )
  })
  const middle = (bottom + top) / 2
  return element(
    'g',
    { class: 'axis axis-y' },
    element('line', { x1: options.at, x2: options.at, y1: bottom, y2: top, stroke: '#333333' }),
    ...ticks,
    text(options.label, {
      transform: `translate(${attributeValue(options.at - 48)},${attributeValue(middle)}) rotate(-90)`,
      'text-anchor': 'middle',
      fill: '#111111',
    }),
  )
}

/** Labels for a band scale (categories), along the bottom or the left. */
export function bandLabels(
  scale: ScaleBand<string>,
  side: 'bottom' | 'left',
  at: number,
  label: (key: string) => string = (key) => key,
): string {
  return element(
    'g',
    { class: `axis axis-${side === 'bottom' ? 'x' : 'y'}` },
    ...scale.domain().map((key) => {
      const middle = (scale(key) ?? 0) + scale.bandwidth() / 2
      return side === 'bottom'
        ? text(label(key), { x: middle, y: at + 18, 'text-anchor': 'middle', fill: '#333333' })
        : text(label(key), { x: at - 8, y: middle, dy: '0.32em', 'text-anchor': 'end', fill: '#333333' })
    }),
  )
}

/** The width a figure needs for its heading (16 px) to fit. */
export const headingWidth = (title: string) => 32 + Math.ceil(title.length * 16 * 0.62)

/** The figure's visible title, top left. */
export const heading = (title: string, x = 16, y = 24) =>
  text(title, { x, y, 'font-size': 16, 'font-weight': 600, fill: '#111111' })
