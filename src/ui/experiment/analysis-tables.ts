// The analysis as tables (DOM): per group the relapse probability with its Wilson interval, the
// median time to relapse and the mean peak post-exit violence with their intervals; the paired
// differences between arms; and the PRIM boxes. Text only ever becomes textContent.
import type { ExperimentSummary } from '../../experiment/analyze/index.ts'
import { h } from '../dom.ts'
import { groupWords, num, withInterval } from './words.ts'

/** The outcome measure shown beside relapse (the CLI's table shows the same one). */
export const HEADLINE = 'peakPostExitViolence'

function table(caption: string, head: string[], rows: string[][]): HTMLTableElement {
  return h(
    'table',
    { class: 'experiment-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h('tr', {}, h('th', { scope: 'row' }, row[0]), ...row.slice(1).map((cell) => h('td', {}, cell))),
      ),
    ),
  )
}

/** Rows of the groups table: group, runs, relapse, median time to relapse, headline measure (or the first measure). */
export function groupRows(summary: ExperimentSummary): { head: string[]; rows: string[][] } {
  const measure = summary.measures.includes(HEADLINE) ? HEADLINE : summary.measures[0]
  const head = [
    'Group',
    'Runs',
    'P(relapse) (95% CI)',
    'Median time to relapse (95% CI)',
    `${measure ?? 'measure'} mean (95% CI)`,
  ]
  const rows = summary.groups.map((group) => [
    groupWords(group.factors, group.arm),
    String(group.runs),
    withInterval(group.relapse),
    group.timeToRelapse ? withInterval(group.timeToRelapse.median) : '–',
    measure ? withInterval(group.measures[measure]) : '–',
  ])
  return { head, rows }
}

export function differenceRows(summary: ExperimentSummary): { head: string[]; rows: string[][] } {
  const measure = summary.measures.includes(HEADLINE) ? HEADLINE : summary.measures[0]
  const head = ['Arm − reference', 'Pairs', 'Δ P(relapse) (95% CI)', `Δ ${measure ?? 'measure'} (95% CI)`]
  const rows = summary.differences.map((difference) => [
    `${groupWords(difference.factors, difference.arm)} − ${difference.reference}`,
    String(difference.relapse?.n ?? (measure ? difference.measures[measure]?.n : undefined) ?? '–'),
    withInterval(difference.relapse),
    measure ? withInterval(difference.measures[measure]) : '–',
  ])
  return { head, rows }
}

export function discoveryRows(summary: ExperimentSummary): { head: string[]; rows: string[][] } {
  const head = ['Box', 'Where', 'Coverage', 'Density', 'Runs in box']
  const rows = summary.discovery.map((entry) => {
    const where =
      entry.box.restricted.length === 0
        ? 'the whole design'
        : entry.box.restricted
            .map((name) => {
              const [low, high] = entry.box.limits[entry.factorNames.indexOf(name)]
              return `${name} ${num(low)}–${num(high)}`
            })
            .join(', ')
    const target = entry.target === 'relapse-common' ? 'relapse common' : 'relapse rare'
    return [
      `${entry.arm ? `${entry.arm}: ` : ''}${target}`,
      where,
      num(entry.box.coverage),
      num(entry.box.density),
      String(entry.box.n),
    ]
  })
  return { head, rows }
}

/** Every table the summary has, with a caption each. */
export function analysisTables(summary: ExperimentSummary): HTMLTableElement[] {
  const tables = [
    table(
      `Per group (${summary.runs} runs)`,
      ...(Object.values(groupRows(summary)) as [string[], string[][]]),
    ),
  ]
  if (summary.differences.length > 0)
    tables.push(
      table(
        'Paired differences between arms (same seeds)',
        ...(Object.values(differenceRows(summary)) as [string[], string[][]]),
      ),
    )
  if (summary.discovery.length > 0)
    tables.push(
      table(
        'Scenario discovery (PRIM boxes)',
        ...(Object.values(discoveryRows(summary)) as [string[], string[][]]),
      ),
    )
  return tables
}
