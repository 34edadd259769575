// Sobol indices of an experiment's outputs (relapse probability and numeric measures, averaged
// over replicates at each design point), per arm, when its design is a Saltelli sample.
import { mean } from 'd3'
import { isRelapse, numberOf } from './measures.ts'
import type { RunRecord, RunTable } from './runs-table.ts'
import { findSaltelliLayout } from './saltelli-layout.ts'
import { sobolIndices } from './sobol-indices.ts'
import type { SobolOutput, SobolSummary } from './summary-types.ts'

export interface SobolAnalysisOptions {
  outputs: readonly string[]
  armNames: readonly string[]
  resamples: number
  seed: number
  level?: number
}

/** Each point's factor values (from its first run), in point order; null when points are not dense. */
function pointMatrix(table: RunTable): (number | string)[][] | null {
  const points: (number | string)[][] = []
  for (const run of table.runs) points[run.point] ??= table.factorNames.map((name) => run.factors[name])
  for (let i = 0; i < points.length; i++) if (points[i] === undefined) return null
  return points
}

/** The per-point mean of an output over an arm's runs. */
function perPoint(runs: readonly RunRecord[], points: number, output: string): Float64Array {
  const byPoint: number[][] = Array.from({ length: points }, () => [])
  for (const run of runs) {
    const relapse = isRelapse(run)
    const value =
      output === 'relapse' ? (relapse === null ? Number.NaN : Number(relapse)) : numberOf(run, output)
    byPoint[run.point].push(value)
  }
  return Float64Array.from(byPoint, (values) => mean(values.filter(Number.isFinite)) ?? Number.NaN)
}

/** The indices, or a sentence saying why there are none. */
export function sobolOf(table: RunTable, options: SobolAnalysisOptions): SobolSummary | string {
  const points = pointMatrix(table)
  if (points === null)
    return 'Sobol indices skipped: the design points in runs.csv are not 0..P−1 without gaps'
  const layout = findSaltelliLayout(points, table.factorNames.length)
  if (layout === null) {
    return `Sobol indices skipped: the ${points.length} design points are not a Saltelli sample of ${table.factorNames.length} factors`
  }
  const outputs: SobolOutput[] = []
  for (const arm of options.armNames) {
    const runs = table.runs.filter((run) => run.arm === arm)
    for (const output of options.outputs) {
      const y = perPoint(runs, points.length, output)
      const indices = sobolIndices(y, layout, table.factorNames, {
        resamples: options.resamples,
        seed: options.seed,
        level: options.level,
      })
      outputs.push({ output, arm, indices })
    }
  }
  return {
    baseSamples: layout.n,
    layout: layout.order,
    resamples: options.resamples,
    bootstrapSeed: options.seed,
    outputs,
  }
}
