// A batch on real worker_threads into a results directory: the same bytes with 1 or 2 workers and
// with a fresh worker for every run, an interrupted batch resumed to the same bytes (also from a
// torn journal), a changed experiment refused, a directory that already holds a batch refused
// without --resume.
import { mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JOURNAL_FILE, type NodeBatchOptions, runNodeBatch } from '../../src/experiment/batch-node.ts'
import { dataFiles, stableManifest } from './files.ts'
import { smallPlan } from './plans.ts'

const plan = smallPlan({ replicates: 6, every: 3 })
let root: string
const base = (out: string, workers: number): NodeBatchOptions => ({
  plan,
  out: join(root, out),
  workers,
  format: 'both',
  version: '0.0.0-test',
})

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'drawdown-batch-'))
  await runNodeBatch(base('one', 1))
  await runNodeBatch(base('two', 2))
  // A new worker for every run (each starts through tsx in about two seconds). Not the built
  // worker: one CI run found build/cli/node-worker.js missing at this point (cause not found).
  await runNodeBatch({ ...base('fresh', 2), freshWorkerAfterMs: 0 })
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('runNodeBatch', () => {
  it('writes the same bytes with 1 or 2 workers, and removes its journal', async () => {
    const one = await dataFiles(join(root, 'one'))
    expect(Object.keys(one)).toEqual(['errors.csv', 'runs.csv', 'series.csv', 'series.parquet'])
    expect(await dataFiles(join(root, 'two'))).toEqual(one)
    // A fresh worker for every run, as after runs of a second or more, changes nothing either.
    expect(await dataFiles(join(root, 'fresh'))).toEqual(one)
    expect(await stableManifest(join(root, 'two'))).toEqual(await stableManifest(join(root, 'one')))
    const runs = one['runs.csv'].toString().trim().split('\n')
    expect(runs).toHaveLength(plan.runs.length + 1)
    // ticks 0, 3, 6, 9, 12 of every run
    expect(one['series.csv'].toString().trim().split('\n')).toHaveLength(plan.runs.length * 5 + 1)
  })

  it('writes a manifest with version, hash, seeds, design, workers and times', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'two', 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({
      format: 'drawdown-lab/batch@1',
      status: 'complete',
      drawdownLab: { version: '0.0.0-test' },
      experiment: { hash: plan.hash },
      runs: 12,
      seeds: [101, 102, 103, 104, 105, 106],
      results: { finished: 12, failed: 0 },
      design: plan.design,
    })
    expect(manifest.sessions).toEqual([
      expect.objectContaining({ workers: 2, runs: 12, node: process.version }),
    ])
    expect(manifest.files['runs.csv'].slice(0, 6)).toEqual([
      'run_id',
      'point',
      'arm',
      'replicate',
      'seed',
      'model.legitimacy',
    ])
  })

  it('resumes an interrupted batch (a torn last journal record too) to the same bytes', async () => {
    const out = join(root, 'resumed')
    const controller = new AbortController()
    let settled = 0
    const interrupted = runNodeBatch({
      ...base('resumed', 2),
      signal: controller.signal,
      onProgress: ({ doneThisSession }) => {
        settled = doneThisSession
        if (settled >= 5) controller.abort()
      },
    })
    await expect(interrupted).rejects.toMatchObject({ name: 'AbortError' })
    // No final file yet; the journal holds the runs that settled; tear its last record.
    await expect(stat(join(out, 'runs.csv'))).rejects.toThrow()
    const journal = join(out, JOURNAL_FILE)
    const size = (await stat(journal)).size
    const handle = await open(journal, 'r+')
    await handle.truncate(size - 7)
    await handle.close()
    const report = await runNodeBatch({ ...base('resumed', 1), resume: true })
    expect(report.discardedBytes).toBeGreaterThan(0)
    expect(report.resumed).toBeGreaterThanOrEqual(3)
    expect(report.resumed + report.finished - report.resumed).toBe(12)
    expect(await dataFiles(out)).toEqual(await dataFiles(join(root, 'one')))
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    expect(manifest.sessions.map((session: { workers: number }) => session.workers)).toEqual([2, 1])
  })

  it('refuses to resume with a changed experiment, and to start over a batch without --resume', async () => {
    const out = join(root, 'changed')
    const controller = new AbortController()
    controller.abort()
    await expect(runNodeBatch({ ...base('changed', 1), signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
    const changed = smallPlan({ replicates: 6, every: 3, levels: [0.6, 0.9] })
    await expect(runNodeBatch({ ...base('changed', 1), plan: changed, resume: true })).rejects.toThrow(
      /^cannot resume .*changed: the experiment changed since it started \(hash test-\{"repli…, now test-\{"repli…\); run it into another --out$/,
    )
    await expect(runNodeBatch(base('changed', 1))).rejects.toThrow(
      /changed already holds a batch \(manifest\.json\); resume it with --resume or choose another --out$/,
    )
    await expect(runNodeBatch({ ...base('one', 1), resume: true })).resolves.toMatchObject({
      alreadyComplete: true,
    })
    await writeFile(join(out, 'note.txt'), 'kept')
  })
})
