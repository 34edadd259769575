// The relapse frontier as an interactive heat map (d3): one panel per arm, a cell per pair of
// levels of the two chosen factors, coloured by the probability of relapse. Hover or focus a cell
// for its estimate, Wilson interval and run count; every cell is keyboard reachable.
import { interpolateYlOrRd, scaleBand, scaleSequential, select } from 'd3'
import type { FrontierSummary } from '../../experiment/analyze/index.ts'
import { num, withInterval } from './words.ts'

export interface FrontierOptions {
  width: number
  fontSize: number
}

/** Fill of a cell without runs. */
const NO_RUNS = '#e4e4e4'

const label = (value: number | string) => (typeof value === 'number' ? num(value) : value)

/** Words for one cell, shown on hover and read by screen readers. */
export function cellWords(
  frontier: FrontierSummary,
  arm: string,
  x: number | string,
  y: number | string,
): string {
  const cell = frontier.arms.find((entry) => entry.arm === arm)?.cells.find((c) => c.x === x && c.y === y)
  const where = `${frontier.xFactor} ${label(x)}, ${frontier.yFactor} ${label(y)}${arm ? `, ${arm}` : ''}`
  if (!cell || cell.relapse.n === 0) return `${where}: no runs`
  return `${where}: relapse ${withInterval(cell.relapse)}, ${cell.relapse.successes} of ${cell.relapse.n} runs`
}

/** Draws the heat map into `container` (replacing what was there). */
export function frontierChart(
  container: HTMLElement,
  frontier: FrontierSummary,
  options: FrontierOptions,
): void {
  const { fontSize } = options
  const root = select(container)
  root.selectChildren().remove()
  const readout = root
    .append('p')
    .attr('class', 'frontier-readout')
    .attr('aria-live', 'polite')
    .text('Hover or focus a cell for its values.')
  const panels = frontier.arms.length
  const panelWidth = Math.max(200, Math.min(420, (options.width - 16 * (panels - 1)) / panels))
  const margin = { top: fontSize * 2, right: 8, bottom: fontSize * 3.2, left: fontSize * 4.5 }
  const inner = panelWidth - margin.left - margin.right
  const height = Math.max(fontSize * 10, inner * 0.75)
  const x = scaleBand<string>().domain(frontier.levels.x.map(String)).range([0, inner]).padding(0.04)
  const y = scaleBand<string>().domain(frontier.levels.y.map(String)).range([height, 0]).padding(0.04)
  const colour = scaleSequential(interpolateYlOrRd).domain([0, 1])
  const row = root.append('div').attr('class', 'frontier-panels')
  for (const { arm, cells } of frontier.arms) {
    const svg = row
      .append('svg')
      .attr('width', panelWidth)
      .attr('height', height + margin.top + margin.bottom)
      .attr('role', 'group')
      .attr(
        'aria-label',
        `Relapse probability by ${frontier.xFactor} and ${frontier.yFactor}${arm ? `, ${arm}` : ''}`,
      )
      .style('font-size', `${fontSize}px`)
    svg
      .append('text')
      .attr('x', margin.left)
      .attr('y', fontSize * 1.2)
      .attr('font-weight', 600)
      .text(arm || 'all runs')
    const plot = svg.append('g').attr('transform', `translate(${margin.left},${margin.top})`)
    const show = (text: string) => readout.text(text)
    // Every pair of levels gets a cell, those without runs grey, so the grid reads as a grid.
    const grid = frontier.levels.y.flatMap((yValue) =>
      frontier.levels.x.map(
        (xValue) =>
          cells.find((cell) => cell.x === xValue && cell.y === yValue) ?? {
            x: xValue,
            y: yValue,
            relapse: { successes: 0, n: 0, estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN },
          },
      ),
    )
    plot
      .selectAll('rect')
      .data(grid)
      .join('rect')
      .attr('class', 'frontier-cell')
      .attr('x', (cell) => x(String(cell.x)) ?? 0)
      .attr('y', (cell) => y(String(cell.y)) ?? 0)
      .attr('width', x.bandwidth())
      .attr('height', y.bandwidth())
      .attr('fill', (cell) => (cell.relapse.n > 0 ? colour(cell.relapse.estimate) : NO_RUNS))
      .attr('tabindex', 0)
      .attr('role', 'img')
      .attr('aria-label', (cell) => cellWords(frontier, arm, cell.x, cell.y))
      .on('mouseenter focus', (event: Event, cell) => {
        show(cellWords(frontier, arm, cell.x, cell.y))
        select(event.currentTarget as SVGRectElement)
          .attr('stroke', '#111')
          .attr('stroke-width', 2)
      })
      .on('mouseleave blur', (event: Event) =>
        select(event.currentTarget as SVGRectElement).attr('stroke', null),
      )
      .append('title')
      .text((cell) => cellWords(frontier, arm, cell.x, cell.y))
    plot
      .selectAll('text.value')
      .data(cells.filter((cell) => cell.relapse.n > 0 && x.bandwidth() > fontSize * 2.4))
      .join('text')
      .attr('class', 'value')
      .attr('x', (cell) => (x(String(cell.x)) ?? 0) + x.bandwidth() / 2)
      .attr('y', (cell) => (y(String(cell.y)) ?? 0) + y.bandwidth() / 2 + fontSize * 0.35)
      .attr('text-anchor', 'middle')
      .attr('pointer-events', 'none')
      .attr('fill', (cell) => (cell.relapse.estimate > 0.6 ? '#fff' : '#111'))
      .text((cell) => num(cell.relapse.estimate))
    const xAxis = plot.append('g').attr('transform', `translate(0,${height})`)
    xAxis
      .selectAll('text')
      .data(frontier.levels.x)
      .join('text')
      .attr('x', (value) => (x(String(value)) ?? 0) + x.bandwidth() / 2)
      .attr('y', fontSize * 1.2)
      .attr('text-anchor', 'middle')
      .text(label)
    xAxis
      .append('text')
      .attr('x', inner / 2)
      .attr('y', fontSize * 2.6)
      .attr('text-anchor', 'middle')
      .text(frontier.xFactor)
    const yAxis = plot.append('g')
    yAxis
      .selectAll('text')
      .data(frontier.levels.y)
      .join('text')
      .attr('x', -4)
      .attr('y', (value) => (y(String(value)) ?? 0) + y.bandwidth() / 2 + fontSize * 0.35)
      .attr('text-anchor', 'end')
      .text(label)
    yAxis
      .append('text')
      .attr('transform', `translate(${-margin.left + fontSize},${height / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .text(frontier.yFactor)
  }
}
