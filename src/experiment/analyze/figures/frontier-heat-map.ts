// The relapse frontier: probability of relapse over two factors, one panel per arm, each cell
// coloured on one sequential scale from 0 to 1 and labelled with its percentage and Wilson interval.
import { interpolateYlOrRd, scaleBand, scaleLinear, scaleSequential } from 'd3'
import type { FrontierSummary } from '../summary-types.ts'
import { formatInterval } from '../text-table.ts'
import { bandLabels, element, heading, headingWidth, levelLabel, svgDocument, text, tooltip } from './svg.ts'

const PANEL = 300
const MARGIN = { top: 64, right: 24, bottom: 64, left: 110 }
const LEGEND = 90

const colour = scaleSequential(interpolateYlOrRd).domain([0, 1])

const levelText = levelLabel
const key = (value: number | string) => JSON.stringify(value)

function colourLegend(x: number, y: number, height: number): string {
  const stops = Array.from({ length: 11 }, (_, i) =>
    element('stop', { offset: `${i * 10}%`, 'stop-color': colour(1 - i / 10) }),
  )
  const scale = scaleLinear()
    .domain([0, 1])
    .range([y + height, y])
  return element(
    'g',
    { class: 'legend' },
    element(
      'defs',
      {},
      element('linearGradient', { id: 'frontier-gradient', x1: 0, x2: 0, y1: 0, y2: 1 }, ...stops),
    ),
    element('rect', { x, y, width: 14, height, fill: 'url(#frontier-gradient)', stroke: '#333333' }),
    ...scale
      .ticks(5)
      .map((value) => text(`${value * 100}%`, { x: x + 20, y: scale(value), dy: '0.32em', fill: '#333333' })),
    text('P(relapse)', { x, y: y - 10, fill: '#111111' }),
  )
}

/** The heat map as an SVG document. */
export function frontierHeatMap(frontier: FrontierSummary): string {
  const xLevels = frontier.levels.x.map(key)
  const yLevels = frontier.levels.y.map(key)
  const x = scaleBand().domain(xLevels).range([0, PANEL]).padding(0.04)
  const y = scaleBand()
    .domain([...yLevels].reverse())
    .range([0, PANEL])
    .padding(0.04)
  const panelWidth = MARGIN.left + PANEL + MARGIN.right
  const title = `Probability of relapse by ${frontier.xFactor} and ${frontier.yFactor}`
  const width = Math.max(panelWidth * frontier.arms.length + LEGEND, headingWidth(title))
  const height = MARGIN.top + PANEL + MARGIN.bottom
  const binned = (factor: string, isBinned: boolean) => (isBinned ? `${factor} (bin midpoints)` : factor)
  const panels = frontier.arms.map((arm, i) => {
    const cells = arm.cells.map((cell) => {
      const left = x(key(cell.x)) ?? 0
      const top = y(key(cell.y)) ?? 0
      const p = cell.relapse.estimate
      const label = `${frontier.xFactor} = ${levelText(cell.x)}, ${frontier.yFactor} = ${levelText(cell.y)}: P(relapse) ${formatInterval(cell.relapse)}, ${cell.relapse.n} runs`
      const percentage =
        x.bandwidth() >= 34 && y.bandwidth() >= 18
          ? text(Number.isFinite(p) ? `${Math.round(p * 100)}%` : '–', {
              x: left + x.bandwidth() / 2,
              y: top + y.bandwidth() / 2,
              dy: '0.32em',
              'text-anchor': 'middle',
              fill: p > 0.6 ? '#ffffff' : '#111111',
              'pointer-events': 'none',
            })
          : ''
      return element(
        'g',
        { class: 'cell' },
        element(
          'rect',
          {
            x: left,
            y: top,
            width: x.bandwidth(),
            height: y.bandwidth(),
            fill: Number.isFinite(p) ? colour(p) : '#cccccc',
          },
          tooltip(label),
        ),
        percentage,
      )
    })
    const panelTitle =
      arm.arm === ''
        ? ''
        : text(`arm: ${arm.arm}`, { x: PANEL / 2, y: -10, 'text-anchor': 'middle', 'font-weight': 600 })
    return element(
      'g',
      { class: 'panel', transform: `translate(${i * panelWidth + MARGIN.left},${MARGIN.top})` },
      panelTitle,
      ...cells,
      bandLabels(x, 'bottom', PANEL, (level) => levelText(JSON.parse(level))),
      bandLabels(y, 'left', 0, (level) => levelText(JSON.parse(level))),
      text(binned(frontier.xFactor, frontier.binned.x), {
        x: PANEL / 2,
        y: PANEL + 44,
        'text-anchor': 'middle',
        fill: '#111111',
      }),
      text(binned(frontier.yFactor, frontier.binned.y), {
        transform: `translate(${-MARGIN.left + 18},${PANEL / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        fill: '#111111',
      }),
    )
  })
  const arms = frontier.arms.map((arm) => arm.arm).filter((arm) => arm !== '')
  return svgDocument(
    {
      width,
      height,
      id: 'frontier',
      title,
      description: `Heat map of the share of runs that relapsed after exit, for each combination of ${frontier.xFactor} (across) and ${frontier.yFactor} (up)${arms.length > 0 ? `, one panel per arm (${arms.join(', ')})` : ''}. Darker red is more relapse. Each cell's tooltip gives the Wilson 95% interval and run count.`,
    },
    [
      heading(title),
      ...panels,
      colourLegend(panelWidth * frontier.arms.length + 16, MARGIN.top + 10, PANEL - 20),
    ],
  )
}
