// Forest plot of paired differences between arms (arm − reference, same seeds): one row per
// comparison and design cell, a dot at the mean difference, a whisker for its 95% interval.
import { scaleLinear } from 'd3'
import { OKABE_ITO } from '../../../ui/palette.ts'
import type { DifferenceSummary } from '../summary-types.ts'
import { formatInterval } from '../text-table.ts'
import { bottomAxis, element, heading, levelLabel, svgDocument, text, textWidth, tooltip } from './svg.ts'

const ROW = 26
const MARGIN = { top: 56, right: 32, bottom: 64 }
const PLOT = 420

export interface ForestOptions {
  /** "relapse" or a numeric measure name. */
  measure: string
  /** Axis label, with the unit. */
  label?: string
}

const rowLabel = (difference: DifferenceSummary) => {
  const factors = Object.entries(difference.factors).map(([name, value]) => `${name} = ${levelLabel(value)}`)
  return [`${difference.arm} − ${difference.reference}`, ...factors].join(', ')
}

export function forestPlot(differences: readonly DifferenceSummary[], options: ForestOptions): string {
  const rows = differences.flatMap((difference) => {
    const interval = options.measure === 'relapse' ? difference.relapse : difference.measures[options.measure]
    return interval ? [{ label: rowLabel(difference), interval }] : []
  })
  const left = 24 + Math.max(120, ...rows.map((row) => textWidth(row.label)))
  const bounds = rows
    .flatMap(({ interval }) => [interval.lower, interval.upper, interval.estimate])
    .filter(Number.isFinite)
  const x = scaleLinear()
    .domain([Math.min(0, ...bounds), Math.max(0, ...bounds)])
    .nice()
    .range([left, left + PLOT])
  const height = MARGIN.top + rows.length * ROW + MARGIN.bottom
  const bottom = MARGIN.top + rows.length * ROW
  const axisLabel =
    options.label ??
    (options.measure === 'relapse'
      ? 'Difference in relapse probability (arm − reference)'
      : `Difference in ${options.measure} (arm − reference)`)
  const marks = rows.map(({ label, interval }, i) => {
    const y = MARGIN.top + i * ROW + ROW / 2
    const finite = Number.isFinite(interval.lower) && Number.isFinite(interval.upper)
    return element(
      'g',
      { class: 'difference' },
      tooltip(`${label}: ${formatInterval(interval)} (${interval.n} pairs)`),
      text(label, { x: left - 12, y, dy: '0.32em', 'text-anchor': 'end', fill: '#111111' }),
      finite
        ? element('line', {
            class: 'whisker',
            x1: x(interval.lower),
            x2: x(interval.upper),
            y1: y,
            y2: y,
            stroke: OKABE_ITO.blue,
            'stroke-width': 2,
          })
        : '',
      Number.isFinite(interval.estimate)
        ? element('circle', {
            class: 'estimate',
            cx: x(interval.estimate),
            cy: y,
            r: 4.5,
            fill: OKABE_ITO.blue,
          })
        : '',
    )
  })
  const title =
    options.measure === 'relapse'
      ? 'Paired differences in relapse probability'
      : `Paired differences in ${options.measure}`
  return svgDocument(
    {
      width: left + PLOT + MARGIN.right,
      height,
      id: `forest-${options.measure}`,
      title,
      description: `Forest plot: for each comparison of an arm with the reference arm over runs sharing seeds, the mean paired difference (dot) and its 95% t interval (line). Left of the dashed zero line, the arm is lower than the reference. ${rows.length} rows.`,
    },
    [
      heading(title),
      bottomAxis(x, { at: bottom, label: axisLabel, grid: rows.length * ROW }),
      element('line', {
        class: 'zero',
        x1: x(0),
        x2: x(0),
        y1: MARGIN.top - 6,
        y2: bottom,
        stroke: '#555555',
        'stroke-dasharray': '4 3',
      }),
      ...marks,
    ],
  )
}
