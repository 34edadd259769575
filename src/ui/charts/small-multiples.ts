// Small multiples: one small chart per actor (row) and measure (column), e.g. trust, capacity and
// violence of peacekeepers, police and military, each column on one shared y scale, each cell's
// y axis labelled with its column's unit.
import { axisLeft, extent, line, scaleLinear } from 'd3'
import { markedEvents } from '../events/explain.ts'
import { seriesColour } from '../palette.ts'
import { decimate } from './decimate.ts'
import {
  chartFrame,
  drawEmpty,
  fitText,
  GRID_COLOUR,
  type LegendItem,
  TEXT_COLOUR,
  tickExtent,
  timeAxis,
  valueFormat,
} from './frame.ts'
import type { Chart, ChartOptions, TimeData } from './types.ts'

export interface Facet {
  /** The name's part: "police" or "trust" in "police.trust". */
  key: string
  label: string
}

export interface SmallMultiplesOptions extends ChartOptions {
  actors: readonly Facet[]
  measures: readonly Facet[]
  /** Columns that stand in for a missing one, e.g. "pk.capacity" → "pk.strength". */
  aliases?: Readonly<Record<string, string>>
  /** The unit of a column ("index, 0 to 1", "events per month"), written up each cell's y axis. */
  unitOf?: (column: string) => string | undefined
}

/** The column of `actor` and `measure`: "police.trust". */
export const facetName = (actor: string, measure: string): string => `${actor}.${measure}`

export function smallMultiples(options: SmallMultiplesOptions): Chart<TimeData> {
  const columnOf = (name: string, columns: Readonly<Record<string, unknown>>): string =>
    columns[name] === undefined && options.aliases?.[name] ? options.aliases[name] : name
  return (container, data) => {
    const { actors, measures } = options
    const legend: LegendItem[] = actors.map((actor, i) => ({
      label: actor.label,
      colour: seriesColour(actor.key, i),
    }))
    if (data.runs.length > 1)
      for (const run of data.runs)
        legend.push({ label: `run ${run.label}`, colour: '#555555', dashed: run.dashed })
    const frame = chartFrame(
      container,
      // Taller with larger type, so that presenter mode keeps each cell's proportions.
      { ...options, height: options.height ?? ((120 + actors.length * 90) * (options.fontSize ?? 12)) / 12 },
      legend,
    )
    const runs = data.runs
    if (runs.length === 0 || actors.length === 0 || measures.length === 0) {
      drawEmpty(frame, 'no data yet')
      return
    }
    const fontSize = frame.fontSize * 0.85
    // Room between columns for the tick labels and, beside them, the unit written upwards.
    const gapX = fontSize * (options.unitOf ? 4.3 : 3.2)
    const gapY = fontSize * 2.6
    const cellWidth = (frame.width - gapX * (measures.length - 1)) / measures.length
    const cellHeight = (frame.height - gapY * actors.length) / actors.length
    const x = scaleLinear().domain(tickExtent(runs, data.horizon)).range([0, cellWidth])
    const buckets = Math.max(30, Math.round(cellWidth))
    // As many tick labels as fit without touching: about five characters across, two lines down.
    const xTicks = Math.max(2, Math.min(5, Math.floor(cellWidth / (fontSize * 4.5))))
    const yTicks = Math.max(2, Math.min(4, Math.floor(cellHeight / (fontSize * 2.2))))
    // A facet title may run into the gap (or the right margin) but no further: long ones get
    // smaller type. Bold text takes about 0.62 em per character.
    const titleSize = (text: string, column: number) => {
      const room = cellWidth + (column === measures.length - 1 ? frame.fontSize : gapX * 0.8)
      return Math.min(fontSize, room / (text.length * 0.62))
    }
    measures.forEach((measure, column) => {
      let low = 0
      let high = 0
      for (const run of runs)
        for (const actor of actors) {
          const values = run.columns[columnOf(facetName(actor.key, measure.key), run.columns)]
          if (!values) continue
          const [a, b] = extent(Array.from(values).filter(Number.isFinite))
          low = Math.min(low, a ?? 0)
          high = Math.max(high, b ?? 0)
        }
      const y = scaleLinear()
        .domain([low, high === low ? low + 1 : high])
        .nice()
        .range([cellHeight, 0])
      actors.forEach((actor, row) => {
        // A measure this actor does not have leaves its place blank: no empty "not observed" panel.
        const wanted = facetName(actor.key, measure.key)
        if (!runs.some((run) => run.columns[columnOf(wanted, run.columns)] !== undefined)) return
        const cell = frame.plot
          .append('g')
          .attr(
            'transform',
            `translate(${column * (cellWidth + gapX)},${row * (cellHeight + gapY) + fontSize})`,
          )
        cell
          .append('text')
          .attr('y', -fontSize * 0.4)
          .attr('font-size', titleSize(`${actor.label}: ${measure.label}`, column))
          .attr('font-weight', 600)
          .text(`${actor.label}: ${measure.label}`)
        cell
          .append('rect')
          .attr('width', cellWidth)
          .attr('height', cellHeight)
          .attr('fill', 'none')
          .attr('stroke', GRID_COLOUR)
        const unit = options.unitOf?.(columnOf(wanted, runs[0].columns))
        if (unit) {
          // Rotated, the glyphs sit left of the baseline: keep them inside the gap, clear of the ticks.
          const unitSize = fontSize * 0.75
          const label = cell
            .append('text')
            .attr('class', 'axis-label y-unit')
            .attr(
              'transform',
              `translate(${-gapX + fontSize * 0.15 + unitSize},${cellHeight / 2}) rotate(-90)`,
            )
            .attr('text-anchor', 'middle')
            .attr('font-size', unitSize)
            .attr('fill', '#444444')
            .text(unit)
          fitText(label, cellHeight)
        }
        const yAxis = cell.append('g').call(axisLeft(y).ticks(yTicks).tickFormat(valueFormat))
        const xAxis = cell
          .append('g')
          .attr('transform', `translate(0,${cellHeight})`)
          .call(timeAxis(x, xTicks, data.ticksPerYear).axis)
        for (const axis of [yAxis, xAxis]) {
          axis.attr('font-size', fontSize * 0.9).attr('font-family', null)
          axis.selectAll('text').attr('fill', TEXT_COLOUR)
          axis.selectAll('line,path').attr('stroke', TEXT_COLOUR)
        }
        const path = line<[number, number]>()
          .defined((d) => Number.isFinite(d[1]))
          .x((d) => x(d[0]))
          .y((d) => y(d[1]))
        for (const run of runs) {
          const name = columnOf(wanted, run.columns)
          const values = run.columns[name]
          if (!values) continue
          cell
            .append('path')
            .attr('fill', 'none')
            .attr('d', path(decimate(values, run.firstTick ?? 0, buckets)))
            .attr('stroke', seriesColour(actor.key, row))
            .attr('stroke-width', 1.8)
            .attr('stroke-dasharray', run.dashed ? '5 3' : null)
            .attr('data-series', `${run.label}:${name}`)
        }
        if (data.highlightTick !== null && data.highlightTick !== undefined) {
          const [from, to] = x.domain()
          if (data.highlightTick >= from && data.highlightTick <= to)
            cell
              .append('line')
              .attr('x1', x(data.highlightTick))
              .attr('x2', x(data.highlightTick))
              .attr('y2', cellHeight)
              .attr('stroke', '#000000')
              .attr('stroke-width', 1.5)
        }
        for (const event of markedEvents(data.events ?? [])) {
          if (event.tick < x.domain()[0] || event.tick > x.domain()[1]) continue
          cell
            .append('line')
            .attr('x1', x(event.tick))
            .attr('x2', x(event.tick))
            .attr('y2', cellHeight)
            .attr('stroke', '#999999')
            .attr('stroke-dasharray', '2 3')
        }
      })
    })
  }
}
