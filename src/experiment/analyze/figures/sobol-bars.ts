// Sobol indices as bars: per factor, the first-order index (its effect alone) and the total index
// (with every interaction), each with its 95% bootstrap interval as a whisker.
import { scaleBand, scaleLinear } from 'd3'
import { OKABE_ITO } from '../../../ui/palette.ts'
import type { SobolOutput } from '../summary-types.ts'
import { formatInterval } from '../text-table.ts'
import { bandLabels, element, heading, headingWidth, leftAxis, svgDocument, text, tooltip } from './svg.ts'

const MARGIN = { top: 64, right: 24, bottom: 96, left: 80 }
const HEIGHT = 280
const PER_FACTOR = 90

const KINDS = [
  { key: 'first', label: 'first order', colour: OKABE_ITO.blue },
  { key: 'total', label: 'total', colour: OKABE_ITO.vermillion },
] as const

export function sobolBars(output: SobolOutput): string {
  const arm = output.arm === '' ? '' : `, arm ${output.arm}`
  const outputName = output.output === 'relapse' ? 'relapse probability' : output.output
  const title = `Sobol indices of ${outputName}${arm}`
  const factors = output.indices.map((index) => index.factor)
  const width = Math.max(
    MARGIN.left + Math.max(240, factors.length * PER_FACTOR) + MARGIN.right,
    headingWidth(title),
  )
  const x = scaleBand()
    .domain(factors)
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.25)
  const inner = scaleBand<string>().domain(['first', 'total']).range([0, x.bandwidth()]).padding(0.08)
  const top = Math.max(
    1,
    ...output.indices.flatMap((index) => [index.first.upper, index.total.upper]).filter(Number.isFinite),
  )
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([MARGIN.top + HEIGHT, MARGIN.top])
  const clamp = (value: number) => y(Math.max(0, value))
  const bars = output.indices.flatMap((index) =>
    KINDS.map((kind) => {
      const interval = index[kind.key]
      const left = (x(index.factor) ?? 0) + (inner(kind.key) ?? 0)
      const middle = left + inner.bandwidth() / 2
      const whisker =
        Number.isFinite(interval.lower) && Number.isFinite(interval.upper)
          ? element('line', {
              class: 'whisker',
              x1: middle,
              x2: middle,
              y1: clamp(interval.lower),
              y2: y(interval.upper),
              stroke: '#111111',
              'stroke-width': 1.5,
            })
          : ''
      return element(
        'g',
        { class: `bar ${kind.key}` },
        tooltip(`${index.factor}, ${kind.label} index: ${formatInterval(interval)}`),
        element('rect', {
          x: left,
          y: clamp(interval.estimate),
          width: inner.bandwidth(),
          height: Math.abs(y(0) - clamp(interval.estimate)),
          fill: kind.colour,
        }),
        whisker,
      )
    }),
  )
  const legend = KINDS.map((kind, i) =>
    element(
      'g',
      { transform: `translate(${MARGIN.left + i * 130},${MARGIN.top - 22})` },
      element('rect', { width: 12, height: 12, y: -10, fill: kind.colour }),
      text(`${kind.label} index`, { x: 18, fill: '#111111' }),
    ),
  )
  return svgDocument(
    {
      width,
      height: MARGIN.top + HEIGHT + MARGIN.bottom,
      id: `sobol-${output.output}`,
      title,
      description: `Bar chart: for each factor, the share of the variance of ${outputName} it explains alone (first order, blue) and with all its interactions (total, vermillion), with 95% bootstrap intervals as whiskers.`,
    },
    [
      heading(title),
      leftAxis(y, {
        at: MARGIN.left,
        label: 'Sobol index (share of variance)',
        grid: width - MARGIN.left - MARGIN.right,
      }),
      ...bars,
      bandLabels(x, 'bottom', MARGIN.top + HEIGHT),
      text('Factor', {
        x: (MARGIN.left + width - MARGIN.right) / 2,
        y: MARGIN.top + HEIGHT + 48,
        'text-anchor': 'middle',
        fill: '#111111',
      }),
      ...legend,
    ],
  )
}
