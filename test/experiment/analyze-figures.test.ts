// The figures are well-formed, accessible SVG documents (title and desc named by aria-labelledby)
// holding the marks a reader looks for: heat-map cells, forest whiskers left of zero for a
// harmful reference, Sobol bars with whiskers, one Kaplan–Meier step curve per group.
import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzeExperiment } from '../../src/experiment/analyze/analyze.ts'
import { analysisFigures } from '../../src/experiment/analyze/figures/index.ts'
import { readManifest } from '../../src/experiment/analyze/manifest.ts'
import { parseRuns } from '../../src/experiment/analyze/runs-table.ts'
import { factorialRuns, runsCsv, saltelliRuns } from './results-fixture.ts'

const window = new Window()
afterAll(() => window.happyDOM.close())

function parse(svg: string) {
  const document = new window.DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(document.querySelector('parsererror')?.textContent ?? '').toBe('')
  const root = document.documentElement
  expect(root.tagName.toLowerCase()).toBe('svg')
  expect(root.getAttribute('role')).toBe('img')
  const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ')
  expect(document.getElementById(titleId)!.tagName.toLowerCase()).toBe('title')
  expect(document.getElementById(titleId)!.textContent!.length).toBeGreaterThan(10)
  expect(document.getElementById(descId)!.tagName.toLowerCase()).toBe('desc')
  expect(document.getElementById(descId)!.textContent!.length).toBeGreaterThan(40)
  return document
}

const factorial = factorialRuns()
const summary = analyzeExperiment(
  parseRuns(runsCsv(factorial.factorNames, factorial.runs), factorial.factorNames),
  readManifest({ factorNames: factorial.factorNames, armNames: factorial.armNames }),
)
const figures = new Map(analysisFigures(summary).map((figure) => [figure.name, figure.svg]))

describe('analysis figures', () => {
  it('draws every figure the analysis has', () => {
    expect([...figures.keys()]).toEqual([
      'frontier.svg',
      'differences-relapse.svg',
      'differences-peakPostExitViolence.svg',
      'survival.svg',
    ])
  })

  it('draws the frontier as one coloured cell per factor combination and arm, darker for more relapse', () => {
    const document = parse(figures.get('frontier.svg')!)
    const cells = [...document.querySelectorAll('g.cell rect')]
    expect(cells).toHaveLength(12)
    expect(document.querySelectorAll('g.panel')).toHaveLength(2)
    const tooltips = cells.map((cell) => cell.querySelector('title')!.textContent!)
    expect(tooltips[0]).toMatch(
      /^drawdown\.exitYear = 3, policy\.politicalWill = 0\.2: P\(relapse\) 0\.600 \[0\.446, 0\.737\], 40 runs$/,
    )
    const fillOf = (pattern: RegExp) =>
      cells[tooltips.findIndex((text) => pattern.test(text))].getAttribute('fill')!
    // YlOrRd: the 60% cell is red, the 10% cell pale yellow; green channel falls as relapse rises.
    const green = (fill: string) =>
      Number(/rgb\(\d+, (\d+)/.exec(fill)?.[1] ?? Number.parseInt(fill.slice(3, 5), 16))
    expect(green(fillOf(/0\.600 \[/))).toBeLessThan(green(fillOf(/0\.100 \[/)))
    expect(document.querySelector('linearGradient')).not.toBeNull()
  })

  it('draws the paired differences as dots and whiskers, left of the zero line', () => {
    const document = parse(figures.get('differences-relapse.svg')!)
    const dots = [...document.querySelectorAll('circle.estimate')]
    expect(dots).toHaveLength(6)
    expect(document.querySelectorAll('line.whisker')).toHaveLength(6)
    const zero = Number(document.querySelector('line.zero')!.getAttribute('x1'))
    for (const dot of dots) expect(Number(dot.getAttribute('cx'))).toBeLessThan(zero)
    expect(document.querySelector('.axis-x')!.textContent).toContain(
      'Difference in relapse probability (arm − reference)',
    )
  })

  it('draws one Kaplan–Meier step curve per group, with bands and censoring ticks', () => {
    const document = parse(figures.get('survival.svg')!)
    const curves = [...document.querySelectorAll('path.curve')]
    expect(curves).toHaveLength(12)
    // A step curve: only horizontal and vertical moves (H/V or L pairs sharing x or y).
    expect(curves[0].getAttribute('d')).toMatch(/^M80,56(H|L)/)
    expect(document.querySelectorAll('path.band')).toHaveLength(12)
    expect(document.querySelectorAll('line.censor').length).toBeGreaterThanOrEqual(12)
    expect(document.querySelector('.axis-x')!.textContent).toContain('Ticks since exit')
    expect(document.querySelector('.axis-y')!.textContent).toContain('P(no relapse yet)')
  })

  it('draws Sobol indices as first-order and total bars with whiskers', () => {
    const saltelli = saltelliRuns()
    const sampled = analyzeExperiment(
      parseRuns(runsCsv(saltelli.factorNames, saltelli.runs), saltelli.factorNames),
      readManifest({ factorNames: saltelli.factorNames, design: { type: 'saltelli' } }),
      { resamples: 100 },
    )
    const svg = analysisFigures(sampled).find((figure) => figure.name === 'sobol-relapse.svg')!.svg
    const document = parse(svg)
    expect(document.querySelectorAll('g.bar.first rect')).toHaveLength(3)
    expect(document.querySelectorAll('g.bar.total rect')).toHaveLength(3)
    expect(document.querySelectorAll('line.whisker')).toHaveLength(6)
    const heights = [...document.querySelectorAll('g.bar.total rect')].map((bar) =>
      Number(bar.getAttribute('height')),
    )
    expect(heights[0]).toBeGreaterThan(200)
    expect(heights[1]).toBe(0)
    expect(document.querySelector('.axis-y')!.textContent).toContain('Sobol index (share of variance)')
  })

  it('escapes text, so a factor name with markup stays text', () => {
    const weird = { ...summary.frontier!, xFactor: 'a<b & "c"' }
    const svg = analysisFigures({ ...summary, frontier: weird, differences: [], survival: [] })[0].svg
    expect(svg).toContain('a&lt;b &amp; &quot;c&quot;')
    parse(svg)
  })
})
