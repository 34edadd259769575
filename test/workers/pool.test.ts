// EnginePool: a queue of jobs over a few workers, results in submission order; a dead worker
// fails only its own job and is replaced.
import { afterEach, describe, expect, it } from 'vitest'
import { EngineStoppedError } from '../../src/bridge/calls.ts'
import { createEnginePool, type NodeEngineHandle, spawnEngine } from '../../src/bridge/node.ts'
import { EnginePool, type PoolHandle } from '../../src/bridge/pool.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

const pools: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()))
})

/** A stand-in worker handle: no thread, just a name and a failure flag. */
class FakeHandle implements PoolHandle {
  failure: Error | undefined
  closed = false
  constructor(readonly id: number) {}
  async close() {
    this.closed = true
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('EnginePool (any environment)', () => {
  it('runs at most size jobs at once and returns results in submission order', async () => {
    let spawned = 0
    const pool = new EnginePool({ size: 2, spawn: async () => new FakeHandle(++spawned) })
    pools.push(pool)
    let running = 0
    let busiest = 0
    const delays = [40, 5, 25, 5, 30, 1]
    const results = await pool.runAll(
      delays.map((delay, i) => async (handle: FakeHandle) => {
        running++
        busiest = Math.max(busiest, running)
        await sleep(delay)
        running--
        return `job ${i} on worker ${handle.id}`
      }),
    )
    expect(results.map((result) => result.status === 'fulfilled' && result.value.slice(0, 5))).toEqual([
      'job 0',
      'job 1',
      'job 2',
      'job 3',
      'job 4',
      'job 5',
    ])
    expect(busiest).toBe(2)
    expect(spawned).toBe(2)
  })

  it('replaces a worker that died in a job; a job that merely failed keeps its worker', async () => {
    let spawned = 0
    const handles: FakeHandle[] = []
    const pool = new EnginePool({
      size: 1,
      spawn: async () => {
        const handle = new FakeHandle(++spawned)
        handles.push(handle)
        return handle
      },
    })
    pools.push(pool)
    const results = await pool.runAll<number>([
      async (handle) => handle.id,
      async () => {
        throw new Error('bad input')
      },
      async (handle) => {
        handle.failure = new EngineStoppedError('engine worker exited with code 1')
        throw handle.failure
      },
      async (handle) => handle.id,
    ])
    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('bad input') },
      { status: 'rejected', reason: new EngineStoppedError('engine worker exited with code 1') },
      { status: 'fulfilled', value: 2 },
    ])
    expect(handles.map((handle) => handle.closed)).toEqual([true, false])
  })

  it('replaces a worker after a job that took freshAfterMs or longer, and keeps it after a shorter one', async () => {
    const handles: FakeHandle[] = []
    let clock = 0
    const pool = new EnginePool({
      size: 1,
      freshAfterMs: 1000,
      now: () => clock,
      spawn: async () => {
        const handle = new FakeHandle(handles.length + 1)
        handles.push(handle)
        return handle
      },
    })
    pools.push(pool)
    // Each job advances the pool's clock by its "duration" and reports the worker it ran on.
    const lasting = (ms: number) => async (handle: FakeHandle) => {
      clock += ms
      return handle.id
    }
    const results = await pool.runAll([lasting(999), lasting(1000), lasting(5), lasting(4000), lasting(1)])
    expect(results.map((result) => result.status === 'fulfilled' && result.value)).toEqual([1, 1, 2, 2, 3])
    expect(handles.map((handle) => handle.closed)).toEqual([true, true, false])
  })

  it('rejects the jobs of a spawn that fails and goes on', async () => {
    let attempts = 0
    const pool = new EnginePool({
      size: 1,
      spawn: async () => {
        attempts++
        if (attempts === 1) throw new Error('cannot start')
        return new FakeHandle(attempts)
      },
    })
    pools.push(pool)
    const results = await pool.runAll([
      async (handle: FakeHandle) => handle.id,
      async (handle: FakeHandle) => handle.id,
    ])
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('cannot start') },
      { status: 'fulfilled', value: 2 },
    ])
  })

  it('rejects waiting jobs on close and closes its workers', async () => {
    const handles: FakeHandle[] = []
    const pool = new EnginePool({
      size: 1,
      spawn: async () => {
        const handle = new FakeHandle(handles.length)
        handles.push(handle)
        return handle
      },
    })
    const running = pool.run(() => sleep(30).then(() => 'done'))
    const waiting = pool.run(async () => 'never')
    await sleep(5)
    await pool.close()
    await expect(waiting).rejects.toThrow('engine pool closed')
    await expect(running).resolves.toBe('done')
    await expect(pool.run(async () => 1)).rejects.toThrow('engine pool closed')
    expect(handles.every((handle) => handle.closed)).toBe(true)
    expect(() => new EnginePool({ size: 0, spawn: async () => new FakeHandle(0) })).toThrow(RangeError)
  })
})

describe('EnginePool of Node engine workers', () => {
  const raw = {
    kind: 'civil-violence',
    name: 'Pool test',
    ticks: 30,
    world: { width: 40, height: 40 },
    model: {},
  }
  const expectedHash = (seed: number) => {
    const simulation = createSimulation(parseScenario(raw), seed)
    simulation.step(30)
    return simulation.hash()
  }
  const replicate = (seed: number) => async (engine: NodeEngineHandle) => {
    await engine.api.create(raw, seed)
    await engine.api.step(30)
    return engine.api.hash()
  }

  it('keeps finished results when a worker dies, and goes on with a replacement', async () => {
    let spawned = 0
    const pool = new EnginePool({
      size: 2,
      spawn: () => {
        spawned++
        return spawnEngine()
      },
    })
    pools.push(pool)
    const crash = async (engine: NodeEngineHandle) => {
      await engine.api.create({ ...raw, world: { width: 200, height: 200 } }, 1)
      const step = engine.api.step(10_000)
      await engine.worker.terminate()
      return step.then(() => 'finished')
    }
    const first = await pool.runAll<string>([replicate(1), replicate(2), crash, replicate(4), replicate(5)])
    expect(first.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ])
    expect(first.map((result) => (result.status === 'fulfilled' ? result.value : undefined))).toEqual([
      expectedHash(1),
      expectedHash(2),
      undefined,
      expectedHash(4),
      expectedHash(5),
    ])
    const failed = first[2] as PromiseRejectedResult
    expect(failed.reason).toBeInstanceOf(EngineStoppedError)
    expect(failed.reason.message).toMatch(/^engine worker exited with code \d+$/)

    // Two jobs at once need two workers again: the dead one has been replaced.
    const second = await pool.runAll([replicate(6), replicate(7)])
    expect(second).toEqual([
      { status: 'fulfilled', value: expectedHash(6) },
      { status: 'fulfilled', value: expectedHash(7) },
    ])
    expect(spawned).toBe(3)
  })

  it('fails every job, without hanging, when no worker can start', async () => {
    const pool = createEnginePool({
      size: 2,
      entry: new URL('../fixtures/no-such-worker.mjs', import.meta.url),
    })
    pools.push(pool)
    const results = await pool.runAll([replicate(1), replicate(2), replicate(3)])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/Cannot find module/)
  })
})
