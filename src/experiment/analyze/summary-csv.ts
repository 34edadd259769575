// summary.csv: the analysis as one tidy table, one estimate per row, ready for pandas or R:
// section, arm, reference, the grouping factors, statistic, parameter, n, estimate, lower, upper, sd.
import type { Interval } from './interval.ts'
import { summaryNumber } from './summary-json.ts'
import type { ExperimentSummary, FactorValues } from './summary-types.ts'

const needsQuotes = /[",\r\n]/
/** A cell; statistics are rounded (see summary-json.ts), factor values (`exact`) are not. */
const field = (value: unknown, exact = false): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(exact ? value : summaryNumber(value)) : ''
  const text = String(value)
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

interface Row {
  section: string
  arm: string
  reference?: string
  factors?: FactorValues
  statistic: string
  parameter?: string
  n?: number
  interval: Interval | { estimate: number | null; lower: number | null; upper: number | null }
  sd?: number
}

export function summaryCsv(summary: ExperimentSummary): string {
  const rows: Row[] = []
  for (const group of summary.groups) {
    const base = { section: 'group', arm: group.arm, factors: group.factors }
    if (group.relapse)
      rows.push({ ...base, statistic: 'relapse', n: group.relapse.n, interval: group.relapse })
    if (group.timeToRelapse) {
      const { atRisk, median } = group.timeToRelapse
      rows.push({ ...base, statistic: 'medianTimeToRelapse', n: atRisk, interval: median })
    }
    for (const [name, measure] of Object.entries(group.measures)) {
      rows.push({ ...base, statistic: name, n: measure.n, interval: measure, sd: measure.sd })
    }
  }
  for (const difference of summary.differences) {
    const base = {
      section: 'difference',
      arm: difference.arm,
      reference: difference.reference,
      factors: difference.factors,
    }
    if (difference.relapse) {
      rows.push({
        ...base,
        statistic: 'relapse',
        n: difference.relapse.n,
        interval: difference.relapse,
        sd: difference.relapse.sd,
      })
    }
    for (const [name, measure] of Object.entries(difference.measures)) {
      rows.push({ ...base, statistic: name, n: measure.n, interval: measure, sd: measure.sd })
    }
  }
  for (const output of summary.sobol?.outputs ?? []) {
    for (const index of output.indices) {
      const base = {
        arm: output.arm,
        statistic: output.output,
        parameter: index.factor,
        n: summary.sobol!.baseSamples,
      }
      rows.push({ ...base, section: 'sobol-first', interval: index.first })
      rows.push({ ...base, section: 'sobol-total', interval: index.total })
    }
  }
  const header = [
    'section',
    'arm',
    'reference',
    ...summary.groupBy,
    'statistic',
    'parameter',
    'n',
    'estimate',
    'lower',
    'upper',
    'sd',
  ]
  const lines = [header.map((name) => field(name)).join(',')]
  for (const row of rows) {
    const factors = summary.groupBy.map((name) => field(row.factors?.[name], true))
    const rest = [
      row.statistic,
      row.parameter,
      row.n,
      row.interval.estimate,
      row.interval.lower,
      row.interval.upper,
      row.sd,
    ]
    lines.push(
      [row.section, row.arm, row.reference]
        .map((cell) => field(cell))
        .concat(
          factors,
          rest.map((cell) => field(cell)),
        )
        .join(','),
    )
  }
  return `${lines.join('\n')}\n`
}
