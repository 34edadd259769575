// Kaplan–Meier curves of time to relapse after exit: one step line per arm or group, its 95%
// pointwise band shaded, and a tick at each censoring time.
import { area, curveStepAfter, line, scaleLinear } from 'd3'
import { seriesColour } from '../../../ui/palette.ts'
import type { SurvivalStep } from '../kaplan-meier.ts'
import type { SurvivalSummary } from '../summary-types.ts'
import { formatInterval } from '../text-table.ts'
import { bottomAxis, element, heading, leftAxis, svgDocument, text, textWidth, tooltip } from './svg.ts'

const MARGIN = { top: 56, bottom: 64, left: 80 }
const PLOT = { width: 520, height: 300 }

/** The curve from time 0 (S = 1) through each step. */
const pointsOf = (steps: readonly SurvivalStep[]) => [
  { time: 0, survival: 1, lower: 1, upper: 1 },
  ...steps.map(({ time, survival, lower, upper }) => ({ time, survival, lower, upper })),
]

export function survivalCurves(survival: readonly SurvivalSummary[]): string {
  const right = 60 + Math.max(120, ...survival.map((entry) => textWidth(entry.label)))
  const lastTime = Math.max(1, ...survival.flatMap(({ curve }) => curve.steps.map((step) => step.time)))
  const x = scaleLinear()
    .domain([0, lastTime])
    .nice()
    .range([MARGIN.left, MARGIN.left + PLOT.width])
  const y = scaleLinear()
    .domain([0, 1])
    .range([MARGIN.top + PLOT.height, MARGIN.top])
  type Point = ReturnType<typeof pointsOf>[number]
  const path = line<Point>(
    (point) => x(point.time),
    (point) => y(point.survival),
  ).curve(curveStepAfter)
  const band = area<Point>()
    .x((point) => x(point.time))
    .y0((point) => y(point.lower))
    .y1((point) => y(point.upper))
    .curve(curveStepAfter)
  const curves = survival.map((entry, i) => {
    const colour = seriesColour(entry.arm, i)
    const points = pointsOf(entry.curve.steps)
    const censored = entry.curve.steps
      .filter((step) => step.censored > 0)
      .map((step) =>
        element('line', {
          class: 'censor',
          x1: x(step.time),
          x2: x(step.time),
          y1: y(step.survival) - 4,
          y2: y(step.survival) + 4,
          stroke: colour,
          'stroke-width': 1.5,
        }),
      )
    const { median } = entry.curve
    return element(
      'g',
      { class: 'survival' },
      tooltip(
        `${entry.label}: ${entry.curve.n} runs, ${entry.curve.events} relapses, median time to relapse ${formatInterval(median)} ticks`,
      ),
      element('path', {
        class: 'band',
        d: band(points) ?? '',
        fill: colour,
        'fill-opacity': 0.12,
        stroke: 'none',
      }),
      element('path', {
        class: 'curve',
        d: path(points) ?? '',
        fill: 'none',
        stroke: colour,
        'stroke-width': 2,
      }),
      ...censored,
    )
  })
  const legend = survival.map((entry, i) =>
    element(
      'g',
      { transform: `translate(${MARGIN.left + PLOT.width + 20},${MARGIN.top + 8 + i * 20})` },
      element('line', { x2: 18, stroke: seriesColour(entry.arm, i), 'stroke-width': 2.5 }),
      text(entry.label, { x: 24, dy: '0.32em', fill: '#111111' }),
    ),
  )
  const title = 'Time to relapse after exit (Kaplan–Meier)'
  return svgDocument(
    {
      width: MARGIN.left + PLOT.width + right,
      height: MARGIN.top + PLOT.height + MARGIN.bottom,
      id: 'survival',
      title,
      description: `Step curves of the probability that a run has not relapsed yet, against ticks since exit, for ${survival.map((entry) => entry.label).join('; ')}. Shaded: 95% pointwise interval; short vertical ticks: runs censored (still stable when last observed).`,
    },
    [
      heading(title),
      bottomAxis(x, { at: MARGIN.top + PLOT.height, label: 'Ticks since exit', grid: PLOT.height }),
      leftAxis(y, {
        at: MARGIN.left,
        label: 'P(no relapse yet)',
        format: (value) => `${Math.round(value * 100)}%`,
      }),
      ...curves,
      ...legend,
    ],
  )
}
