// The Experiment view's analysis in a DOM: the frontier heat map (a cell for every pair of
// levels, values and intervals on hover and focus) and the tables built from a real analysis.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FrontierSummary } from '../../src/experiment/analyze/index.ts'
import { analyzeExperiment, parseRuns, readManifest } from '../../src/experiment/analyze/index.ts'
import { analysisTables, differenceRows, groupRows } from '../../src/ui/experiment/analysis-tables.ts'
import { cellWords, frontierChart } from '../../src/ui/experiment/frontier-chart.ts'

const proportion = (successes: number, n: number, lower: number, upper: number) => ({
  successes,
  n,
  estimate: successes / n,
  lower,
  upper,
})

const frontier: FrontierSummary = {
  xFactor: 'reform.politicalWill',
  yFactor: 'police.integrity',
  binned: { x: false, y: false },
  levels: { x: [0.2, 0.8], y: [0.4, 0.9] },
  arms: [
    {
      arm: 'abrupt',
      cells: [
        { x: 0.2, y: 0.4, relapse: proportion(3, 4, 0.3, 0.95) },
        { x: 0.8, y: 0.4, relapse: proportion(1, 4, 0.05, 0.7) },
        { x: 0.8, y: 0.9, relapse: proportion(0, 4, 0, 0.49) },
      ],
    },
    { arm: 'phased', cells: [{ x: 0.2, y: 0.4, relapse: proportion(1, 4, 0.05, 0.7) }] },
  ],
}

describe('frontier heat map', () => {
  it('draws a cell for every pair of levels in each arm, grey where no run fell', () => {
    const container = document.createElement('div')
    frontierChart(container, frontier, { width: 900, fontSize: 12 })
    const panels = container.querySelectorAll('svg')
    expect(panels.length).toBe(2)
    for (const panel of panels) expect(panel.querySelectorAll('rect.frontier-cell').length).toBe(4)
    const fills = [...panels[0].querySelectorAll('rect.frontier-cell')].map((rect) =>
      rect.getAttribute('fill'),
    )
    expect(fills.filter((fill) => fill === '#e4e4e4').length).toBe(1)
    expect(new Set(fills).size).toBe(4)
  })

  it('words a cell with its estimate, Wilson interval and runs, on hover, on focus and for screen readers', () => {
    const container = document.createElement('div')
    frontierChart(container, frontier, { width: 900, fontSize: 12 })
    const cell = container.querySelector<SVGRectElement>('rect.frontier-cell')!
    const words =
      'reform.politicalWill 0.2, police.integrity 0.4, abrupt: relapse 0.75 (0.3–0.95), 3 of 4 runs'
    expect(cell.getAttribute('aria-label')).toBe(words)
    expect(cell.getAttribute('tabindex')).toBe('0')
    const readout = container.querySelector('.frontier-readout')!
    cell.dispatchEvent(new Event('mouseenter'))
    expect(readout.textContent).toBe(words)
    const other = container.querySelectorAll<SVGRectElement>('rect.frontier-cell')[3]
    other.dispatchEvent(new Event('focus'))
    expect(readout.textContent).toBe(
      'reform.politicalWill 0.8, police.integrity 0.9, abrupt: relapse 0 (0–0.49), 0 of 4 runs',
    )
    expect(cellWords(frontier, 'phased', 0.8, 0.9)).toBe(
      'reform.politicalWill 0.8, police.integrity 0.9, phased: no runs',
    )
  })
})

describe('analysis tables', () => {
  const dir = `${process.cwd()}/test/fixtures/batch-results/smoke/`
  const manifest = readManifest(JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')))
  const summary = analyzeExperiment(
    parseRuns(readFileSync(`${dir}runs.csv`, 'utf8'), manifest.factorNames),
    manifest,
  )

  it('lists each arm with its relapse probability and interval, and the paired difference', () => {
    const groups = groupRows(summary)
    expect(groups.head).toEqual([
      'Group',
      'Runs',
      'P(relapse) (95% CI)',
      'Median time to relapse (95% CI)',
      'peakPostExitViolence mean (95% CI)',
    ])
    expect(groups.rows.map((row) => row.slice(0, 2))).toEqual(
      summary.groups.map((group) => [group.arm, String(group.runs)]),
    )
    expect(groups.rows[0][2]).toMatch(/^[\d.]+ \([\d.]+–[\d.]+\)$/)
    const differences = differenceRows(summary)
    expect(differences.rows.map((row) => row[0])).toEqual(
      summary.differences.map((difference) => `${difference.arm} − ${difference.reference}`),
    )
    const tables = analysisTables(summary)
    expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual([
      `Per group (${summary.runs} runs)`,
      'Paired differences between arms (same seeds)',
      ...(summary.discovery.length > 0 ? ['Scenario discovery (PRIM boxes)'] : []),
    ])
    expect(tables[0].querySelectorAll('tbody tr').length).toBe(summary.groups.length)
  })
})
