// Every figure an analysis has, as named SVG documents: what `drawdown analyze` writes into the
// results folder and what the browser view inlines.

import { HEADLINE_MEASURE } from '../summary-table.ts'
import type { ExperimentSummary } from '../summary-types.ts'
import { forestPlot } from './forest-plot.ts'
import { frontierHeatMap } from './frontier-heat-map.ts'
import { sobolBars } from './sobol-bars.ts'
import { survivalCurves } from './survival-curves.ts'

export interface Figure {
  /** File name, e.g. "frontier.svg". */
  name: string
  svg: string
}

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '-')

export function analysisFigures(summary: ExperimentSummary): Figure[] {
  const figures: Figure[] = []
  if (summary.frontier) figures.push({ name: 'frontier.svg', svg: frontierHeatMap(summary.frontier) })
  if (summary.differences.some((difference) => difference.relapse)) {
    figures.push({
      name: 'differences-relapse.svg',
      svg: forestPlot(summary.differences, { measure: 'relapse' }),
    })
  }
  if (summary.differences.length > 0 && summary.measures.includes(HEADLINE_MEASURE)) {
    figures.push({
      name: `differences-${HEADLINE_MEASURE}.svg`,
      svg: forestPlot(summary.differences, {
        measure: HEADLINE_MEASURE,
        label: 'Difference in peak post-exit violence (events per 10,000 citizens per tick)',
      }),
    })
  }
  for (const output of summary.sobol?.outputs ?? []) {
    if (output.output !== 'relapse' && output.output !== HEADLINE_MEASURE) continue
    const arm = output.arm === '' ? '' : `-${fileSafe(output.arm)}`
    figures.push({ name: `sobol-${fileSafe(output.output)}${arm}.svg`, svg: sobolBars(output) })
  }
  if (summary.survival.length > 0)
    figures.push({ name: 'survival.svg', svg: survivalCurves(summary.survival) })
  return figures
}

export { forestPlot, frontierHeatMap, sobolBars, survivalCurves }
