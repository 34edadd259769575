// The runner core with an in-process executor: output in run_id order whatever order runs finish
// in, the same bytes at any concurrency, failures recorded and the batch going on, a lost worker's
// run retried once, cancellation, and a bounded reorder buffer.
import { describe, expect, it } from 'vitest'
import { MemorySink } from '../../src/experiment/byte-sink.ts'
import { performRun } from '../../src/experiment/perform-run.ts'
import { ResultStore } from '../../src/experiment/results-store.ts'
import type { RecordSpec, RunRecord } from '../../src/experiment/run-result.ts'
import type { RunSpec } from '../../src/experiment/run-spec.ts'
import { runBatch } from '../../src/experiment/runner.ts'
import { smallPlan } from './plans.ts'

const plan = smallPlan({ replicates: 4 })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs in-process after a delay that scrambles the finishing order. */
const scrambled = async (spec: RunSpec, record: RecordSpec) => {
  await sleep(((spec.runId * 7) % 5) * 3)
  return performRun(spec, record)
}

async function batchText(concurrency: number, execute = scrambled) {
  const sinks = { runs: new MemorySink(), errors: new MemorySink(), seriesCsv: new MemorySink() }
  const store = new ResultStore(plan.factorNames, sinks)
  await store.open()
  const order: number[] = []
  const totals = await runBatch({
    runs: plan.runs,
    record: plan.record,
    execute,
    concurrency,
    write: (spec, record) => {
      order.push(record.runId)
      return store.add(spec, record)
    },
  })
  await store.close()
  return {
    runs: sinks.runs.text(),
    errors: sinks.errors.text(),
    series: sinks.seriesCsv.text(),
    order,
    totals,
  }
}

describe('runBatch', () => {
  it('writes runs in run_id order and the same bytes with 1 or 3 at once', async () => {
    const one = await batchText(1)
    const three = await batchText(3)
    expect(three.order).toEqual(plan.runs.map((run) => run.runId))
    expect(three.runs).toBe(one.runs)
    expect(three.series).toBe(one.series)
    expect(one.runs.split('\n')[0]).toMatch(
      /^run_id,point,arm,replicate,seed,model\.legitimacy,final\.quiescent,final\.active,/,
    )
    expect(one.runs.trim().split('\n')).toHaveLength(plan.runs.length + 1)
    expect(one.totals).toEqual({ finished: 8, failed: 0, resumed: 0 })
  })

  it('records a run that throws in errors.csv and goes on', async () => {
    const failing = async (spec: RunSpec, record: RecordSpec) => {
      if (spec.runId === 2) throw new Error('model.legitimacy: must be between 0 and 1, got 1.4 at tick 3')
      return scrambled(spec, record)
    }
    const out = await batchText(2, failing)
    expect(out.errors).toBe(
      'run_id,seed,message\n2,103,"model.legitimacy: must be between 0 and 1, got 1.4 at tick 3"\n',
    )
    expect(out.runs.split('\n').map((line) => line.split(',')[0])).toEqual([
      'run_id',
      '0',
      '1',
      '3',
      '4',
      '5',
      '6',
      '7',
      '',
    ])
    expect(out.series).not.toMatch(/^2,/m)
    expect(out.totals).toEqual({ finished: 7, failed: 1, resumed: 0 })
  })

  it('retries a run once when its worker is lost, and records it as failed the second time', async () => {
    const attempts = new Map<number, number>()
    const lost = new Error('engine worker exited with code 1')
    const execute = async (spec: RunSpec, record: RecordSpec) => {
      const tries = (attempts.get(spec.runId) ?? 0) + 1
      attempts.set(spec.runId, tries)
      if (spec.runId === 1 && tries === 1) throw lost // lost once: retried and finished
      if (spec.runId === 5) throw lost // lost every time: failed after the retry
      return performRun(spec, record)
    }
    const records: RunRecord[] = []
    await runBatch({
      runs: plan.runs,
      record: plan.record,
      execute,
      concurrency: 2,
      isWorkerLoss: (error) => error === lost,
      write: (_, record) => {
        records.push(record)
      },
    })
    expect(attempts.get(1)).toBe(2)
    expect(attempts.get(5)).toBe(2)
    expect(attempts.get(0)).toBe(1)
    expect(records[1].ok).toBe(true)
    expect(records[5]).toEqual({
      runId: 5,
      ok: false,
      seed: 102,
      message: 'worker lost twice: engine worker exited with code 1',
    })
  })

  it('stops on abort with an AbortError, having written a prefix of the runs', async () => {
    const controller = new AbortController()
    const written: number[] = []
    const batch = runBatch({
      runs: plan.runs,
      record: plan.record,
      execute: scrambled,
      concurrency: 2,
      signal: controller.signal,
      write: (_, record) => {
        written.push(record.runId)
        if (record.runId === 2) controller.abort()
      },
    })
    await expect(batch).rejects.toMatchObject({ name: 'AbortError' })
    expect(written).toEqual([0, 1, 2])
  })

  it('starts no run more than `window` past the next one to write (the reorder buffer stays bounded)', async () => {
    let release: () => void = () => undefined
    const first = new Promise<void>((resolve) => {
      release = resolve
    })
    const started: number[] = []
    const execute = async (spec: RunSpec, record: RecordSpec) => {
      started.push(spec.runId)
      if (spec.runId === 0) await first
      return performRun(spec, record)
    }
    const batch = runBatch({
      runs: plan.runs,
      record: plan.record,
      execute,
      concurrency: 2,
      window: 3,
      write: () => undefined,
    })
    await sleep(100)
    expect(Math.max(...started)).toBe(2)
    release()
    await batch
    expect(started).toHaveLength(plan.runs.length)
  })

  it('reports progress: done out of total, failures, rate and time left', async () => {
    let clock = 0
    const seen: { done: number; failed: number; etaMs: number | null }[] = []
    await runBatch({
      runs: plan.runs.slice(0, 4),
      record: plan.record,
      execute: async (spec, record) => {
        clock += 1000
        if (spec.runId === 3) throw new Error('boom')
        return performRun(spec, record)
      },
      concurrency: 1,
      now: () => clock,
      write: () => undefined,
      onProgress: ({ done, failed, etaMs }) => seen.push({ done, failed, etaMs }),
    })
    expect(seen[0]).toEqual({ done: 0, failed: 0, etaMs: null })
    expect(seen[1]).toEqual({ done: 1, failed: 0, etaMs: 3000 })
    expect(seen.at(-1)).toEqual({ done: 4, failed: 1, etaMs: 0 })
  })
})
