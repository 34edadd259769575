// `drawdown analyze DIR` end to end, in process through main(argv, terminal): the table on
// stdout, summary.csv, summary.json and the figures in DIR, and one clear line for bad input.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import type { Terminal } from '../../src/cli/terminal.ts'
import { factorialRuns, writeResults } from './results-fixture.ts'

function capture(): Terminal & { stdout: string; stderr: string } {
  const terminal = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      terminal.stdout += text
    },
    err: (text: string) => {
      terminal.stderr += text
    },
  }
  return terminal
}

async function analyze(...argv: string[]) {
  const terminal = capture()
  const code = await main(['analyze', ...argv], terminal)
  return { code, stdout: terminal.stdout, stderr: terminal.stderr }
}

const FIGURES = [
  'frontier.svg',
  'differences-relapse.svg',
  'differences-peakPostExitViolence.svg',
  'survival.svg',
]

describe('drawdown analyze', () => {
  let root: string
  let dir: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'drawdown-analyze-'))
    dir = join(root, 'results')
    const { factorNames, armNames, runs } = factorialRuns()
    await writeResults(dir, factorNames, runs, { armNames, design: { type: 'factorial' } })
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('prints the table and writes summary.csv, summary.json and the figures', async () => {
    const result = await analyze(dir, '--resamples', '100')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^480 runs, factorial design, factors: drawdown\.exitYear, policy\.politicalWill\n/,
    )
    expect(result.stdout).toContain('P(relapse) [95% CI]')
    expect(result.stdout).toMatch(/\n3 +0\.2 +abrupt +40 +40 +0\.600 \[0\.446, 0\.737\]/)
    expect(result.stdout).toMatch(/\n3 +0\.2 +phased − abrupt +40 +-0\.300 \[-0\.448, -0\.152\]/)
    expect(result.stdout).toContain('Scenario discovery (PRIM boxes)')
    const files = await readdir(dir)
    expect(files.sort()).toEqual(
      ['manifest.json', 'runs.csv', 'summary.csv', 'summary.json', ...FIGURES].sort(),
    )
    const summary = JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8'))
    expect(summary).toMatchObject({
      format: 'drawdown-analysis',
      version: 1,
      runs: 480,
      referenceArm: 'abrupt',
    })
    expect(summary.groups).toHaveLength(12)
    const csv = await readFile(join(dir, 'summary.csv'), 'utf8')
    expect(csv.split('\n')[0]).toMatch(
      /^section,arm,reference,drawdown\.exitYear,policy\.politicalWill,statistic,/,
    )
  })

  it('gives the same bytes on a second run, and prints summary.json with --json', async () => {
    const before = await readFile(join(dir, 'summary.json'), 'utf8')
    const result = await analyze(dir, '--json', '--resamples', '100')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(before)
    expect(await readFile(join(dir, 'summary.json'), 'utf8')).toBe(before)
  })

  it('groups by --by factors', async () => {
    const result = await analyze(dir, '--by', 'policy.politicalWill')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Outcomes by policy.politicalWill, per arm')
    expect(result.stdout).toMatch(/\n0\.2 +abrupt +80 /)
  })

  it.each([
    [[], 2, 'drawdown analyze: missing results folder to analyse (see drawdown analyze --help)'],
    [['--by'], 2, 'drawdown analyze: option --by needs a value (see drawdown analyze --help)'],
    [
      ['DIR', '--by', 'policy.will'],
      2,
      'drawdown analyze: --by: unknown factor "policy.will"; factors: drawdown.exitYear, policy.politicalWill (see drawdown analyze --help)',
    ],
    [
      ['DIR', '--resamples', '0'],
      2,
      'drawdown analyze: --resamples must be a whole number of at least 1, got "0" (see drawdown analyze --help)',
    ],
    [['DIR', '--colour'], 2, 'drawdown analyze: unknown option --colour (see drawdown analyze --help)'],
  ])('rejects %j with exit %i and one line', async (argv, code, line) => {
    const result = await analyze(...argv.map((arg) => (arg === 'DIR' ? dir : arg)))
    expect(result).toEqual({ code, stdout: '', stderr: `${line}\n` })
  })

  it('names the missing file of a folder that is not a results folder', async () => {
    const result = await analyze(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `drawdown analyze: ${join(root, 'manifest.json')}: no such file (is this a folder written by drawdown batch?)\n`,
    )
  })

  it('names the file and line of a malformed runs.csv, and writes nothing', async () => {
    const broken = join(root, 'broken')
    const { factorNames, armNames, runs } = factorialRuns()
    await writeResults(broken, factorNames, runs.slice(0, 4), { armNames })
    const path = join(broken, 'runs.csv')
    const text = await readFile(path, 'utf8')
    await writeFile(path, text.replace(/\n2,0,abrupt,2,1002,/, '\n2,0,abrupt,2,'))
    const result = await analyze(broken)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`drawdown analyze: ${path}: line 4: 15 cells, the header has 16\n`)
    expect((await readdir(broken)).sort()).toEqual(['manifest.json', 'runs.csv'])
  })

  it('lists analyze in the help', async () => {
    const terminal = capture()
    expect(await main(['--help'], terminal)).toBe(0)
    expect(terminal.stdout).toContain('drawdown analyze <dir> [options]')
    const help = await analyze('--help')
    expect(help.stdout).toMatch(/^Usage: drawdown analyze <dir> \[options\]/)
    expect(help.stdout).toContain('--by F1,F2,...')
  })
})
