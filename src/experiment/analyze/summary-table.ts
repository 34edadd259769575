// The analysis as text for stdout: relapse and the main outcome by group and arm, the paired
// differences, Sobol indices and PRIM boxes; the full detail is in summary.csv and summary.json.
import type { ExperimentSummary, FactorValues } from './summary-types.ts'
import { formatInterval, formatValue, levelLabel, type TextColumn, textTable } from './text-table.ts'

/** The measure shown beside relapse when the runs have it. */
export const HEADLINE_MEASURE = 'peakPostExitViolence'
/** Longer tables are cut to this many rows, with a pointer to summary.csv. */
export const MAX_ROWS = 40

const factorCells = (names: readonly string[], factors: FactorValues) =>
  names.map((name) => {
    const value = factors[name]
    if (value === undefined) return ''
    return levelLabel(value)
  })

/** "177 [131, 240]"; "not reached" when survival stays above one half. */
function formatMedian(
  median: { estimate: number | null; lower: number | null; upper: number | null } | undefined,
) {
  if (!median) return '–'
  return median.estimate === null ? 'not reached' : formatInterval(median)
}

function cut(rows: string[][]): { rows: string[][]; more: string } {
  if (rows.length <= MAX_ROWS) return { rows, more: '' }
  return { rows: rows.slice(0, MAX_ROWS), more: `… ${rows.length - MAX_ROWS} more rows in summary.csv\n` }
}

function section(title: string, columns: TextColumn[], allRows: string[][]): string {
  const { rows, more } = cut(allRows)
  return `${title}\n${textTable(columns, rows)}${more}\n`
}

function groupsTable(summary: ExperimentSummary): string {
  const headline = summary.measures.includes(HEADLINE_MEASURE) ? HEADLINE_MEASURE : undefined
  const withArms = summary.armNames.some((arm) => arm !== '')
  const columns: TextColumn[] = [
    ...summary.groupBy.map((title) => ({ title })),
    ...(withArms ? [{ title: 'arm' }] : []),
    { title: 'runs', align: 'right' },
    { title: 'exited', align: 'right' },
    { title: 'P(relapse) [95% CI]', align: 'right' },
    { title: 'median time to relapse [95% CI]', align: 'right' },
    ...(headline ? [{ title: `${headline} mean [95% CI]`, align: 'right' as const }] : []),
  ]
  const rows = summary.groups.map((group) => [
    ...factorCells(summary.groupBy, group.factors),
    ...(withArms ? [group.arm] : []),
    String(group.runs),
    String(group.exited),
    formatInterval(group.relapse),
    formatMedian(group.timeToRelapse?.median),
    ...(headline ? [formatInterval(group.measures[headline])] : []),
  ])
  const pooled = summary.factorNames.length > 0 ? ' pooled over design points' : ''
  const by = summary.groupBy.length > 0 ? ` by ${summary.groupBy.join(', ')}` : pooled
  const arms = withArms ? (by === '' ? ' by arm' : ', per arm') : ''
  return section(`Outcomes${by}${arms} (time in ticks after exit)`, columns, rows)
}

function differencesTable(summary: ExperimentSummary): string {
  if (summary.differences.length === 0) return ''
  const headline = summary.measures.includes(HEADLINE_MEASURE) ? HEADLINE_MEASURE : undefined
  const columns: TextColumn[] = [
    ...summary.groupBy.map((title) => ({ title })),
    { title: 'arm − reference' },
    { title: 'pairs', align: 'right' },
    { title: 'Δ P(relapse) [95% CI]', align: 'right' },
    ...(headline ? [{ title: `Δ ${headline} [95% CI]`, align: 'right' as const }] : []),
  ]
  const rows = summary.differences.map((difference) => [
    ...factorCells(summary.groupBy, difference.factors),
    `${difference.arm} − ${difference.reference}`,
    String(difference.relapse?.n ?? difference.measures[headline ?? '']?.n ?? ''),
    formatInterval(difference.relapse),
    ...(headline ? [formatInterval(difference.measures[headline])] : []),
  ])
  return section('Paired differences between arms (same seeds)', columns, rows)
}

function sobolTable(summary: ExperimentSummary): string {
  if (!summary.sobol) return ''
  const outputs = summary.sobol.outputs.filter((output) => output.output === 'relapse')
  const shown = outputs.length > 0 ? outputs : summary.sobol.outputs.slice(0, 1)
  const columns: TextColumn[] = [
    { title: 'output' },
    { title: 'arm' },
    { title: 'factor' },
    { title: 'first order [95% CI]', align: 'right' },
    { title: 'total [95% CI]', align: 'right' },
  ]
  const rows = shown.flatMap((output) =>
    output.indices.map((index) => [
      output.output,
      output.arm,
      index.factor,
      formatInterval(index.first),
      formatInterval(index.total),
    ]),
  )
  const { baseSamples, resamples } = summary.sobol
  return section(`Sobol indices (N = ${baseSamples}, ${resamples} bootstrap resamples)`, columns, rows)
}

function discoveryTable(summary: ExperimentSummary): string {
  if (summary.discovery.length === 0) return ''
  const columns: TextColumn[] = [
    { title: 'arm' },
    { title: 'where' },
    { title: 'box' },
    { title: 'coverage', align: 'right' },
    { title: 'density', align: 'right' },
    { title: 'mass', align: 'right' },
  ]
  const rows = summary.discovery.map((found) => {
    const limits = found.box.restricted.map((name) => {
      const [low, high] = found.box.limits[found.factorNames.indexOf(name)]
      return `${name} in [${formatValue(low)}, ${formatValue(high)}]`
    })
    return [
      found.arm,
      found.target === 'relapse-common' ? 'relapse common' : 'relapse rare',
      limits.join('; ') || '(whole space)',
      formatValue(found.box.coverage),
      formatValue(found.box.density),
      formatValue(found.box.mass),
    ]
  })
  return section('Scenario discovery (PRIM boxes)', columns, rows)
}

/** The text printed by `drawdown analyze`. */
export function summaryTable(summary: ExperimentSummary): string {
  const notes = summary.notes.map((note) => `note: ${note}\n`).join('')
  const bins = summary.binned
    .map((name) => `${name}: 8 equal-width bins, shown by their midpoints\n`)
    .join('')
  const head = `${summary.runs} runs, ${summary.designType} design, factors: ${summary.factorNames.join(', ') || 'none'}\n${bins}\n`
  return (
    head +
    groupsTable(summary) +
    differencesTable(summary) +
    sobolTable(summary) +
    discoveryTable(summary) +
    notes
  )
}
