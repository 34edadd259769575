// Drawdown outcomes across an ensemble of seeds: how many runs ended durable, fragile, in relapse
// or never exited, as bars with their counts. A durable or fragile verdict whose post-exit window
// has not fully run is only "so far": its bar says so and shows that part hatched.
import { axisLeft, scaleBand, scaleLinear } from 'd3'
import type { OutcomeSummary } from '../../engine/models/model.ts'
import { isVerdictFinal } from '../../engine/models/verdict.ts'
import { chartFrame, drawEmpty, TEXT_COLOUR } from './frame.ts'
import { outcomeColour } from './outcome-panel.ts'
import { outcomeWords } from './outcome-words.ts'
import type { Chart, ChartOptions } from './types.ts'

/** Outcome class → runs; keyed by string so classes the engine adds are counted too. */
export type OutcomeCounts = Readonly<Record<string, number>>

export interface OutcomeTally {
  counts: OutcomeCounts
  /** Of each class, the runs whose verdict could still change. */
  soFar: OutcomeCounts
}

/** The bars, in order; a class outside this list is drawn after them when it occurs. */
export const OUTCOME_ORDER: readonly string[] = ['durable', 'fragile', 'relapse', 'not-exited']

/** Counts per class of the outcomes that are not null, and how many of each are not final yet. */
export function countOutcomes(outcomes: readonly (OutcomeSummary | null)[]): OutcomeTally {
  const counts: Record<string, number> = { durable: 0, fragile: 0, relapse: 0, 'not-exited': 0 }
  const soFar: Record<string, number> = { durable: 0, fragile: 0, relapse: 0, 'not-exited': 0 }
  for (const outcome of outcomes) {
    if (!outcome) continue
    counts[outcome.outcome] = (counts[outcome.outcome] ?? 0) + 1
    soFar[outcome.outcome] ??= 0
    if (outcome.exitTick !== null && !isVerdictFinal(outcome)) soFar[outcome.outcome]++
  }
  return { counts, soFar }
}

export function outcomeDistribution(options: ChartOptions): Chart<OutcomeTally> {
  return (container, { counts, soFar }) => {
    const order = [...OUTCOME_ORDER, ...Object.keys(counts).filter((key) => !OUTCOME_ORDER.includes(key))]
    const frame = chartFrame(container, options)
    const total = order.reduce((sum, key) => sum + counts[key], 0)
    if (total === 0) {
      drawEmpty(frame, 'no drawdown outcomes')
      return
    }
    const x = scaleBand<string>().domain(order).range([0, frame.width]).padding(0.25)
    const y = scaleLinear()
      .domain([0, Math.max(...order.map((key) => counts[key]))])
      .nice()
      .range([frame.height, 0])
    const yAxis = frame.plot.append('g').call(axisLeft(y).ticks(4, 'd'))
    yAxis.attr('font-size', frame.fontSize).attr('font-family', null)
    yAxis.selectAll('text').attr('fill', TEXT_COLOUR)
    yAxis.selectAll('line,path').attr('stroke', TEXT_COLOUR)
    frame.plot
      .append('line')
      .attr('x1', 0)
      .attr('x2', frame.width)
      .attr('y1', frame.height)
      .attr('y2', frame.height)
      .attr('stroke', TEXT_COLOUR)
    const bars = frame.plot
      .selectAll('g.bar')
      .data(order)
      .join('g')
      .attr('class', 'bar')
      .attr('transform', (key) => `translate(${x(key)},0)`)
    bars
      .append('rect')
      .attr('y', (key) => y(counts[key]))
      .attr('width', x.bandwidth())
      .attr('height', (key) => frame.height - y(counts[key]))
      .attr('fill', (key) => outcomeColour(key))
    // The part of each bar whose verdict is only so far: hatched over the colour.
    bars
      .filter((key) => soFar[key] > 0)
      .append('rect')
      .attr('class', 'so-far')
      .attr('y', (key) => y(counts[key]))
      .attr('width', x.bandwidth())
      .attr('height', (key) => y(counts[key] - soFar[key]) - y(counts[key]))
      .attr('fill', '#ffffff')
      .attr('fill-opacity', 0.55)
      .attr('stroke', TEXT_COLOUR)
      .attr('stroke-dasharray', '3 2')
    bars
      .append('text')
      .attr('x', x.bandwidth() / 2)
      .attr('y', (key) => y(counts[key]) - 4)
      .attr('text-anchor', 'middle')
      .attr('font-weight', 600)
      .text((key) => `${counts[key]}`)
    bars
      .append('text')
      .attr('x', x.bandwidth() / 2)
      .attr('y', frame.height + frame.fontSize * 1.3)
      .attr('text-anchor', 'middle')
      .text((key) => `${outcomeWords(key)}${soFar[key] > 0 ? ' so far' : ''}`)
    const open = order.reduce((sum, key) => sum + soFar[key], 0)
    if (open > 0)
      frame.plot
        .append('text')
        .attr('class', 'so-far-note')
        .attr('x', frame.width)
        .attr('y', -frame.fontSize * 0.3)
        .attr('text-anchor', 'end')
        .attr('font-size', frame.fontSize * 0.85)
        .text(
          `${open} of ${total} verdicts so far (dashed): run more ticks to judge the whole post-exit window`,
        )
  }
}
