// The analysis of a synthetic factorial (exit year × political will, arms abrupt and phased, 40
// shared seeds) with a planted effect — phased lowers relapse probability by 0.25 at every
// point — and of a Saltelli design whose relapse depends on x1 alone.
import { describe, expect, it } from 'vitest'
import { analyzeExperiment } from '../../src/experiment/analyze/analyze.ts'
import { readManifest } from '../../src/experiment/analyze/manifest.ts'
import { parseRuns, RunsFormatError } from '../../src/experiment/analyze/runs-table.ts'
import { summaryCsv } from '../../src/experiment/analyze/summary-csv.ts'
import { factorialRuns, runsCsv, saltelliRuns } from './results-fixture.ts'

const factorial = factorialRuns()
const table = parseRuns(runsCsv(factorial.factorNames, factorial.runs), factorial.factorNames)
const manifest = readManifest({
  factorNames: factorial.factorNames,
  armNames: factorial.armNames,
  design: { type: 'factorial' },
})
const PLANTED = -0.25

describe('analysis of a factorial with arms', () => {
  const summary = analyzeExperiment(table, manifest, { resamples: 200 })

  it('reads runs.csv into factors and typed measures', () => {
    expect(table.runs).toHaveLength(480)
    expect(table.measureNames[0]).toBe('exitTick')
    expect(table.numericMeasures).toContain('timeToRelapse')
    expect(table.numericMeasures).not.toContain('outcome')
    expect(table.runs[0].factors).toEqual({ 'drawdown.exitYear': 3, 'policy.politicalWill': 0.2 })
  })

  it('summarises each design point and arm', () => {
    expect(summary.groups).toHaveLength(12)
    const first = summary.groups[0]
    expect(first).toMatchObject({ point: 0, arm: 'abrupt', runs: 40 })
    expect(first.relapse!.n).toBe(40)
    expect(first.relapse!.lower).toBeLessThan(first.relapse!.estimate)
    expect(first.measures.peakPostExitViolence.n).toBe(40)
    expect(first.timeToRelapse!.events).toBe(first.relapse!.successes)
  })

  it('finds the planted effect of the phased arm in every paired difference', () => {
    expect(summary.referenceArm).toBe('abrupt')
    expect(summary.differences).toHaveLength(6)
    for (const difference of summary.differences) {
      expect(difference).toMatchObject({ arm: 'phased', reference: 'abrupt' })
      expect(difference.relapse!.n).toBe(40)
      expect(difference.relapse!.lower).toBeLessThan(PLANTED)
      expect(difference.relapse!.upper).toBeGreaterThan(PLANTED)
      expect(difference.relapse!.upper).toBeLessThan(0)
    }
  })

  it('groups by a chosen factor, pooling the others', () => {
    const byWill = analyzeExperiment(table, manifest, { by: ['policy.politicalWill'] })
    expect(byWill.groupBy).toEqual(['policy.politicalWill'])
    expect(
      byWill.groups.map((group) => [group.factors['policy.politicalWill'], group.arm, group.runs]),
    ).toEqual([
      [0.2, 'abrupt', 80],
      [0.2, 'phased', 80],
      [0.5, 'abrupt', 80],
      [0.5, 'phased', 80],
      [0.8, 'abrupt', 80],
      [0.8, 'phased', 80],
    ])
    expect(byWill.differences.every((difference) => difference.relapse!.n === 80)).toBe(true)
    expect(() => analyzeExperiment(table, manifest, { by: ['policy.will'] })).toThrow(
      /unknown factor "policy.will"/,
    )
  })

  it('has the frontier, survival curves and PRIM boxes', () => {
    expect(summary.frontier).toMatchObject({ xFactor: 'drawdown.exitYear', yFactor: 'policy.politicalWill' })
    expect(summary.frontier!.arms.map((arm) => arm.cells.length)).toEqual([6, 6])
    expect(summary.survival).toHaveLength(12)
    expect(summary.sobol).toBeNull()
    const common = summary.discovery.find(
      (found) => found.arm === 'abrupt' && found.target === 'relapse-common',
    )!
    // Relapse falls with political will (0.75 − 0.5·will): the box is at low will.
    expect(common.box.restricted).toEqual(['policy.politicalWill'])
    expect(common.box.limits[common.factorNames.indexOf('policy.politicalWill')][1]).toBeLessThan(0.8)
  })

  it('writes one estimate per row to summary.csv', () => {
    const lines = summaryCsv(summary).trimEnd().split('\n')
    expect(lines[0]).toBe(
      'section,arm,reference,drawdown.exitYear,policy.politicalWill,statistic,parameter,n,estimate,lower,upper,sd',
    )
    expect(lines[1]).toMatch(/^group,abrupt,,3,0\.2,relapse,,40,0\.6,0\.44\d+,0\.73\d+,$/)
    expect(lines.filter((line) => line.startsWith('difference,phased,abrupt,'))).toHaveLength(
      6 * (1 + table.numericMeasures.length),
    )
  })
})

describe('analysis of a Saltelli design', () => {
  const saltelli = saltelliRuns()
  const sampled = parseRuns(runsCsv(saltelli.factorNames, saltelli.runs), saltelli.factorNames)
  const summary = analyzeExperiment(
    sampled,
    readManifest({ factorNames: saltelli.factorNames, design: { type: 'saltelli' } }),
    {
      resamples: 300,
    },
  )

  it('pools the sampled points by default and reports Sobol indices', () => {
    expect(summary.groupBy).toEqual([])
    expect(summary.groups).toHaveLength(1)
    const relapse = summary.sobol!.outputs.find((output) => output.output === 'relapse')!
    const [x1, x2, x3] = relapse.indices
    // Relapse is a step in x1 alone: x1 carries the whole variance, x2 and x3 none.
    expect(x1.total.estimate).toBeGreaterThan(0.85)
    expect(x1.total.lower).toBeLessThan(1)
    expect(x1.total.upper).toBeGreaterThan(1 - 0.15)
    for (const index of [x2, x3]) {
      expect(index.first.estimate).toBe(0)
      expect(index.total.estimate).toBe(0)
    }
    expect(summary.sobol!.layout).toBe('interleaved')
  })
})

describe('bad results files', () => {
  it('names the line and the problem', () => {
    const text = runsCsv(factorial.factorNames, factorial.runs.slice(0, 3))
    const broken = text.replace(/\n1,0,abrupt,1,/, '\n1,zero,abrupt,1,')
    expect(() => parseRuns(broken, factorial.factorNames)).toThrow(
      new RunsFormatError('line 3: point must be a whole number, got "zero"'),
    )
    expect(() => parseRuns('run_id,point\n', [])).toThrow(/line 1: column 3 must be arm, got ""/)
    expect(() => parseRuns(text, ['policy.nothing'])).toThrow('line 1: no column for factor policy.nothing')
    expect(() => readManifest({ design: {} })).toThrow(/no factorNames/)
  })
})

describe('grouping a sampled design by a factor', () => {
  const saltelli = saltelliRuns()
  const sampled = parseRuns(runsCsv(saltelli.factorNames, saltelli.runs), saltelli.factorNames)
  const info = readManifest({ factorNames: saltelli.factorNames, design: { type: 'saltelli' } })

  it('bins a factor with many values into 8 equal-width bins, each run in one bin', () => {
    const summary = analyzeExperiment(sampled, info, { by: ['x1'], resamples: 10 })
    expect(summary.binned).toEqual(['x1'])
    expect(summary.groups).toHaveLength(8)
    expect(summary.groups.reduce((sum, group) => sum + group.runs, 0)).toBe(sampled.runs.length)
    const midpoints = summary.groups.map((group) => group.factors.x1 as number).sort((a, b) => a - b)
    // The Saltelli fixture relapses exactly when x1 > 0.5: low bins never, high bins always.
    const relapseAt = (midpoint: number) =>
      summary.groups.find((group) => group.factors.x1 === midpoint)!.relapse!.estimate
    expect(relapseAt(midpoints[0])).toBe(0)
    expect(relapseAt(midpoints[7])).toBe(1)
  })

  it('bins the frontier axes of a sampled design', () => {
    const summary = analyzeExperiment(sampled, info, { resamples: 10 })
    expect(summary.frontier!.binned).toEqual({ x: true, y: true })
    expect(summary.frontier!.arms[0].cells.length).toBeLessThanOrEqual(64)
    expect(summary.frontier!.arms[0].cells.reduce((sum, cell) => sum + cell.relapse.n, 0)).toBe(
      sampled.runs.length,
    )
  })
})

describe('an experiment on a kind without a drawdown outcome', () => {
  it('summarises the final observables and skips relapse, survival and the frontier', () => {
    const text = [
      'run_id,point,arm,replicate,seed,model.legitimacy,final.active,final.jailed',
      '0,0,,0,1,0.8,12,3',
      '1,0,,1,2,0.8,14,5',
      '2,1,,0,1,0.9,2,1',
      '3,1,,1,2,0.9,4,1',
    ].join('\n')
    const epstein = parseRuns(text, ['model.legitimacy'])
    const summary = analyzeExperiment(
      epstein,
      readManifest({ factorNames: ['model.legitimacy'], armNames: [''] }),
    )
    expect(
      summary.groups.map((group) => [
        group.factors['model.legitimacy'],
        group.measures['final.active'].estimate,
      ]),
    ).toEqual([
      [0.8, 13],
      [0.9, 3],
    ])
    expect(summary.groups[0].relapse).toBeNull()
    expect(summary.survival).toEqual([])
    expect(summary.frontier).toBeNull()
    expect(summary.notes).toEqual(['No outcome column: relapse, survival, frontier and discovery skipped'])
  })
})

describe('a batch still running', () => {
  it('leaves out a last line being written and says how many runs were analysed', () => {
    const whole = runsCsv(factorial.factorNames, factorial.runs.slice(0, 5))
    const torn = whole.slice(0, whole.length - 30)
    const partial = parseRuns(torn, factorial.factorNames)
    expect(partial.tornLastLine).toBe(true)
    expect(partial.runs).toHaveLength(4)
    expect(parseRuns(whole, factorial.factorNames).tornLastLine).toBe(false)
    const running = readManifest({
      factorNames: factorial.factorNames,
      armNames: factorial.armNames,
      status: 'running',
      runs: 480,
    })
    expect(analyzeExperiment(partial, running).notes.slice(0, 2)).toEqual([
      'The batch has not finished: 4 of 480 runs analysed',
      'runs.csv ends in a line still being written: left out',
    ])
  })
})
