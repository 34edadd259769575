// When a worker cannot start, crashes, exits or is terminated mid-call, every pending call
// rejects promptly with a clear error: comlink alone would wait forever.
import { afterEach, describe, expect, it } from 'vitest'
import { CallTracker, EngineStoppedError } from '../../src/bridge/calls.ts'
import { type NodeEngineHandle, spawnEngine } from '../../src/bridge/node.ts'

interface TestWorkerApi {
  echo<T>(value: T): T
  hang(): Promise<never>
  exitSoon(code: number, delay: number): Promise<never>
  crashSoon(message: string, delay: number): Promise<never>
}

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url)

const open: NodeEngineHandle<unknown>[] = []
async function spawnTestWorker() {
  const handle = await spawnEngine<TestWorkerApi>({ entry: fixture('exiting-worker.mjs') })
  open.push(handle)
  return handle
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((handle) => handle.close()))
})

/** Milliseconds until `promise` settles, and how. */
async function timed(promise: Promise<unknown>) {
  const start = performance.now()
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  return { error: error as Error | undefined, ms: performance.now() - start }
}

describe('CallTracker', () => {
  it('passes results and errors through, and rejects pending and later calls once failed', async () => {
    const tracker = new CallTracker()
    expect(await tracker.track(async () => 7)).toBe(7)
    await expect(tracker.track(() => Promise.reject(new Error('inside')))).rejects.toThrow('inside')
    await expect(
      tracker.track(() => {
        throw new Error('synchronous')
      }),
    ).rejects.toThrow('synchronous')
    const pending = [tracker.track(() => new Promise(() => {})), tracker.track(() => new Promise(() => {}))]
    expect(tracker.pendingCount).toBe(2)
    const stopped = new EngineStoppedError('gone')
    tracker.fail(stopped)
    tracker.fail(new Error('a second failure does not replace the first'))
    await expect(Promise.allSettled(pending)).resolves.toEqual([
      { status: 'rejected', reason: stopped },
      { status: 'rejected', reason: stopped },
    ])
    expect(tracker.pendingCount).toBe(0)
    await expect(tracker.track(async () => 1)).rejects.toBe(stopped)
  })
})

describe('spawnEngine', () => {
  it('rejects, rather than hangs, when the entry file does not exist', async () => {
    const { error, ms } = await timed(spawnEngine({ entry: fixture('no-such-worker.mjs') }))
    expect(error).toBeInstanceOf(EngineStoppedError)
    expect(error?.message).toMatch(/^engine worker failed: Cannot find module .*no-such-worker\.mjs/)
    expect(ms).toBeLessThan(5000)
  })

  it('rejects with the error a worker throws while loading', async () => {
    const { error } = await timed(spawnEngine({ entry: fixture('failing-worker.mjs') }))
    expect(error?.message).toBe('engine worker failed: engine build is broken')
  })

  it('rejects every pending call promptly when the worker exits mid-call', async () => {
    const worker = await spawnTestWorker()
    expect(await worker.api.echo('hello')).toBe('hello')
    const hanging = worker.api.hang()
    const exiting = worker.api.exitSoon(3, 50)
    const [first, second] = await Promise.all([timed(hanging), timed(exiting)])
    for (const { error, ms } of [first, second]) {
      expect(error).toBeInstanceOf(EngineStoppedError)
      expect(error?.message).toBe('engine worker exited with code 3')
      expect(ms).toBeLessThan(2000)
    }
    expect(worker.failure?.message).toBe('engine worker exited with code 3')
    await expect(worker.api.echo('again')).rejects.toThrow('engine worker exited with code 3')
  })

  it('rejects pending calls when the worker throws an uncaught error', async () => {
    const worker = await spawnTestWorker()
    const { error } = await timed(worker.api.crashSoon('out of memory, say', 20))
    expect(error?.message).toBe('engine worker failed: out of memory, say')
  })

  it('rejects pending calls with "engine closed" on close()', async () => {
    const worker = await spawnTestWorker()
    const hanging = timed(worker.api.hang())
    await worker.close()
    expect((await hanging).error?.message).toBe('engine closed')
  })

  it('rejects a long step promptly when the engine worker is terminated during it', async () => {
    const engine = await spawnEngine()
    open.push(engine)
    const created = await engine.api.create({
      kind: 'civil-violence',
      name: 'Long run',
      ticks: 100_000,
      world: { width: 200, height: 200 },
      model: {},
    })
    expect(created.ok).toBe(true)
    const step = engine.api.step(100_000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const terminated = engine.worker.terminate()
    const { error, ms } = await timed(step)
    await terminated
    expect(error).toBeInstanceOf(EngineStoppedError)
    expect(error?.message).toMatch(/^engine worker exited with code \d+$/)
    expect(ms).toBeLessThan(2000)
  })
})
