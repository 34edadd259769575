// How the drawdown ended: exit tick, outcome class ("so far" until the post-exit window has run),
// and the worst violence after exit against the relapse threshold (and half of it, the fragile
// line), for run A and, when branched, run B. Each fact on its own line, so none overprints another.
import { scaleLinear } from 'd3'
import type { OutcomeSummary } from '../../engine/models/model.ts'
import { OKABE_ITO } from '../palette.ts'
import { chartFrame, drawEmpty, fitText } from './frame.ts'
import { verdictOf } from './outcome-words.ts'
import type { Chart, ChartOptions } from './types.ts'

export interface OutcomePanelData {
  runs: readonly { label: string; outcome: OutcomeSummary | null }[]
}

/** Outcome class → colour. Keyed by string so a class the engine adds (e.g. "never-stabilised")
 * still draws, in grey, before this table learns it. */
export const OUTCOME_COLOURS: Readonly<Record<string, string>> = {
  durable: OKABE_ITO.bluishGreen,
  fragile: OKABE_ITO.orange,
  relapse: OKABE_ITO.vermillion,
  'never-stabilised': OKABE_ITO.reddishPurple,
  'not-exited': '#777777',
}

export const outcomeColour = (outcome: string): string => OUTCOME_COLOURS[outcome] ?? '#777777'

export { OUTCOME_WORDS } from './outcome-words.ts'

export function outcomePanel(options: ChartOptions): Chart<OutcomePanelData> {
  return (container, data) => {
    const runs = data.runs.filter((run) => run.outcome !== null)
    // One row per run, its height in lines of type so that presenter mode scales it.
    const fontSize = options.fontSize ?? 12
    const rowHeight = fontSize * 7.4
    const frame = chartFrame(container, {
      ...options,
      // Title, legend gap and bottom margin take 4.7 lines; each run 7.4.
      height: options.height ?? fontSize * 4.7 + rowHeight * Math.max(1, runs.length),
    })
    if (runs.length === 0) {
      drawEmpty(frame, 'this kind of scenario has no drawdown')
      return
    }
    const fs = frame.fontSize
    const top = Math.max(
      ...runs.map((run) =>
        Math.max(run.outcome!.relapseThreshold * 1.5, run.outcome!.peakPostExitViolence ?? 0),
      ),
    )
    const x = scaleLinear()
      .domain([0, top || 1])
      .range([0, frame.width * 0.9])
    runs.forEach((run, i) => {
      const outcome = run.outcome!
      const g = frame.plot
        .append('g')
        .attr('transform', `translate(0,${i * rowHeight})`)
        .attr('data-run', run.label)
      const exit = outcome.exitTick === null ? 'no exit yet' : `exit at tick ${outcome.exitTick}`
      const verdict = verdictOf(outcome)
      const head = g
        .append('text')
        .attr('y', fs)
        .attr('font-weight', 600)
        .attr('font-size', fs)
        .text(`${runs.length > 1 || data.runs.length > 1 ? `Run ${run.label}: ` : ''}${exit}`)
      fitText(head, frame.width)
      const line = g
        .append('text')
        .attr('y', fs * 2.3)
        .attr('class', 'verdict')
      line
        .append('tspan')
        .attr('font-weight', 700)
        .attr('fill', outcomeColour(outcome.outcome))
        .text(verdict.word)
      line.append('tspan').text(` — ${verdict.detail}`)
      line.attr('font-size', fs)
      fitText(line, frame.width)
      const barY = fs * 3.2
      const bar = g.append('g').attr('transform', `translate(0,${barY})`)
      bar
        .append('rect')
        .attr('width', x.range()[1])
        .attr('height', fs * 1.2)
        .attr('fill', '#eeeeee')
      const peak = outcome.peakPostExitViolence
      if (peak !== null)
        bar
          .append('rect')
          .attr('width', x(peak))
          .attr('height', fs * 1.2)
          .attr('fill', outcomeColour(outcome.outcome))
      const labelSize = fs * 0.8
      for (const value of [outcome.relapseThreshold, outcome.relapseThreshold / 2])
        bar
          .append('line')
          .attr('x1', x(value))
          .attr('x2', x(value))
          .attr('y1', -3)
          .attr('y2', fs * 1.2 + 3)
          .attr('stroke', '#000000')
          .attr('stroke-width', 2)
      for (const label of thresholdLabels(
        x(outcome.relapseThreshold / 2),
        x(outcome.relapseThreshold),
        labelSize,
      ))
        bar
          .append('text')
          .attr('class', 'threshold-label')
          .attr('x', label.x)
          .attr('y', fs * 2.3)
          .attr('text-anchor', 'middle')
          .attr('font-size', labelSize)
          .text(label.text)
      const peakText = bar
        .append('text')
        .attr('y', fs * 3.5)
        .attr('font-size', fs * 0.85)
        .text(
          peak === null
            ? 'post-exit violence: not yet'
            : `peak post-exit violence ${peak.toPrecision(3)} per 10,000 citizens (relapse above ${outcome.relapseThreshold})`,
        )
      fitText(peakText, frame.width)
    })
  }
}

/** Bold-free text takes about 0.55 em per character. */
const textWidth = (text: string, size: number) => text.length * size * 0.55

/**
 * The words under the fragile and relapse lines, each centred on its line; when a large peak
 * squeezes the two lines together, one label for both, so that they never run into each other
 * ("fragilerelapse"), kept clear of the bar's left end.
 */
export function thresholdLabels(
  fragileX: number,
  relapseX: number,
  size: number,
): { x: number; text: string }[] {
  const apart = relapseX - fragileX
  if (apart >= (textWidth('fragile', size) + textWidth('relapse', size)) / 2 + size * 0.5)
    return [
      { x: Math.max(fragileX, textWidth('fragile', size) / 2), text: 'fragile' },
      { x: relapseX, text: 'relapse' },
    ]
  const text = 'fragile, relapse'
  return [{ x: Math.max((fragileX + relapseX) / 2, textWidth(text, size) / 2), text }]
}
