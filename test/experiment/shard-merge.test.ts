// Sharding and merging: every run falls to exactly one shard, shards balance expected work, and
// the merged folder's files are byte-identical to a single-machine batch (CSV and Parquet, with
// a failing run in errors.csv). Incomplete or mismatched shards are refused with names.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type NodeBatchOptions, runNodeBatch } from '../../src/experiment/batch-node.ts'
import { idRanges, MergeRefusedError, mergeShards } from '../../src/experiment/merge-node.ts'
import { performRun } from '../../src/experiment/perform-run.ts'
import type { RunSpec } from '../../src/experiment/run-spec.ts'
import { assignShards, parseShard, shardRuns } from '../../src/experiment/shard.ts'
import { dataFiles } from './files.ts'
import { smallPlan } from './plans.ts'

// Level 3 fails at tick 4 (legitimacy out of range), so errors.csv has rows to merge too.
const plan = smallPlan({ replicates: 4, levels: [0.6, 0.8, 't < 4 ? 0.7 : 2'], every: 2 })
const SHARDS = 3
let root: string
const options = (out: string, extra: Partial<NodeBatchOptions> = {}): NodeBatchOptions => ({
  plan,
  out: join(root, out),
  workers: 1,
  format: 'both',
  version: '0.0.0-test',
  execute: async (spec, record) => performRun(spec, record),
  ...extra,
})
const shardDirs = () => Array.from({ length: SHARDS }, (_, i) => join(root, 'shards', String(i)))

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'drawdown-shards-'))
  await runNodeBatch(options('whole'))
  for (let index = 0; index < SHARDS; index++)
    await runNodeBatch(options(join('shards', String(index)), { shard: { index, count: SHARDS } }))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('shards', () => {
  it('reads I/N and refuses anything else with a message', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard('4/4')).toMatch(/below N/)
    expect(parseShard('1/0')).toMatch(/between 1 and/)
    expect(parseShard('one/4')).toMatch(/I\/N/)
  })

  it('gives every run to exactly one shard, balancing equal runs to within one', () => {
    const owner = assignShards(plan.runs, 5)
    const counts = [0, 0, 0, 0, 0]
    for (const shard of owner) counts[shard]++
    expect(counts.reduce((a, b) => a + b)).toBe(plan.runs.length)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    const union = [0, 1, 2, 3, 4].flatMap((index) =>
      shardRuns(plan.runs, { index, count: 5 }).map((r) => r.runId),
    )
    expect(union.sort((a, b) => a - b)).toEqual(plan.runs.map((r) => r.runId))
  })

  it('balances expected work when runs differ in size (longest first, least loaded)', () => {
    const sizes = [90, 10, 10, 10, 30, 30, 20]
    const runs = sizes.map((_, runId) => ({ runId }) as RunSpec)
    const owner = assignShards(runs, 2, (spec) => sizes[spec.runId])
    const load = [0, 0]
    owner.forEach((shard, position) => {
      load[shard] += sizes[position]
    })
    expect(load.sort((a, b) => a - b)).toEqual([100, 100])
  })
})

describe('drawdown merge', () => {
  it('writes files byte-identical to a single-machine batch', async () => {
    await mergeShards({ shards: shardDirs().reverse(), out: join(root, 'merged') })
    const whole = await dataFiles(join(root, 'whole'))
    expect(whole['errors.csv'].toString().trim().split('\n')).toHaveLength(5)
    expect(await dataFiles(join(root, 'merged'))).toEqual(whole)
  })

  it('records each shard and its run ids, and the merge lists the shards it came from', async () => {
    const shard = JSON.parse(await readFile(join(shardDirs()[1], 'manifest.json'), 'utf8'))
    expect(shard.shard).toEqual({
      index: 1,
      count: SHARDS,
      runIds: shardRuns(plan.runs, { index: 1, count: SHARDS }).map((r) => r.runId),
    })
    expect(shard.sessions[0].host).toEqual(expect.any(String))
    const merged = JSON.parse(await readFile(join(root, 'merged', 'manifest.json'), 'utf8'))
    expect(merged.shard).toBeUndefined()
    expect(merged.mergedFrom.map((entry: { shard: string }) => entry.shard)).toEqual(['0/3', '1/3', '2/3'])
    expect(merged.results).toEqual({ finished: 8, failed: 4 })
  })

  it('refuses a missing shard, naming it and the run ids it would have brought', async () => {
    const missing = shardRuns(plan.runs, { index: 1, count: SHARDS }).map((r) => r.runId)
    const attempt = mergeShards({ shards: [shardDirs()[0], shardDirs()[2]], out: join(root, 'partial') })
    await expect(attempt).rejects.toThrow(MergeRefusedError)
    await expect(attempt).rejects.toThrow(`missing shard 1/3; runs missing: ${idRanges(missing)}`)
  })

  it('refuses a shard given twice', async () => {
    const [a, b, c] = shardDirs()
    await expect(mergeShards({ shards: [a, b, c, b], out: join(root, 'twice') })).rejects.toThrow(
      `shard 1/3 is given more than once: ${b}, ${b}`,
    )
  })

  it('refuses a shard of another experiment and an unfinished one', async () => {
    const other = join(root, 'other')
    await runNodeBatch({
      ...options('other', { shard: { index: 2, count: SHARDS } }),
      plan: { ...plan, hash: 'another' },
    })
    const [a, b] = shardDirs()
    await expect(mergeShards({ shards: [a, b, other], out: join(root, 'x') })).rejects.toThrow(
      /belongs to another experiment/,
    )
    const manifestPath = join(other, 'manifest.json')
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
    await writeFile(manifestPath, JSON.stringify({ ...manifest, status: 'running' }))
    await expect(mergeShards({ shards: [a, b, other], out: join(root, 'x') })).rejects.toThrow(
      /shard 2\/3 is not complete; finish it with .* --resume/,
    )
  })
})
