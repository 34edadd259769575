// `drawdown analyze` on folders that `drawdown batch` really wrote (test/fixtures/batch-results):
// the manifest and runs.csv as the batch runner lays them out, an arms-only smoke experiment and
// a small Saltelli design whose blocks must be found from the points.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import type { ExperimentSummary } from '../../src/experiment/analyze/summary-types.ts'

const FIXTURES = new URL('../fixtures/batch-results/', import.meta.url)

describe('drawdown analyze on batch output', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'drawdown-analyze-batch-'))
    await cp(FIXTURES, root, { recursive: true })
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  async function analyze(name: string): Promise<{ stdout: string; summary: ExperimentSummary }> {
    let stdout = ''
    let stderr = ''
    const code = await main(['analyze', join(root, name), '--resamples', '100'], {
      out: (text) => {
        stdout += text
      },
      err: (text) => {
        stderr += text
      },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    return { stdout, summary: JSON.parse(await readFile(join(root, name, 'summary.json'), 'utf8')) }
  }

  it('compares the two arms of the smoke experiment over their three shared seeds', async () => {
    const { stdout, summary } = await analyze('smoke')
    expect(stdout).toMatch(/^6 runs, arms-only design, factors: none\n/)
    expect(summary.armNames).toEqual(['abrupt', 'scheduled'])
    expect(summary.groups.map((group) => [group.arm, group.runs, group.exited])).toEqual([
      ['abrupt', 3, 3],
      ['scheduled', 3, 3],
    ])
    expect(summary.differences).toHaveLength(1)
    expect(summary.differences[0]).toMatchObject({ arm: 'scheduled', reference: 'abrupt' })
    expect(summary.differences[0].measures.peakPostExitViolence.n).toBe(3)
    // No run relapsed: every run is censored at its 52-tick observed window.
    expect(
      summary.survival.map((entry) => entry.curve.steps.map((step) => [step.time, step.censored])),
    ).toEqual([[[52, 3]], [[52, 3]]])
  })

  it('finds the Saltelli blocks of a real design and reports Sobol indices and PRIM boxes', async () => {
    const { summary } = await analyze('saltelli-small')
    expect(summary.designType).toBe('saltelli')
    expect(summary.sobol).toMatchObject({ baseSamples: 8, layout: 'interleaved' })
    const relapse = summary.sobol!.outputs.find((output) => output.output === 'relapse')!
    expect(relapse.indices.map((index) => index.factor)).toEqual(['reform.politicalWill', 'police.integrity'])
    expect(summary.discovery.map((found) => found.target)).toEqual(['relapse-common', 'relapse-rare'])
    expect(summary.frontier!.binned).toEqual({ x: true, y: true })
  })
})
