// The engine in a browser module worker, and the page's one way to call it: a queue of calls that
// accepts an AbortSignal, so a stale job is cancelled rather than raced. A worker that fails to
// load or crashes rejects every pending call (comlink alone would wait forever).
import * as Comlink from 'comlink'
import type { EngineApi } from '../../workers/engine-api.ts'
import { CallTracker, type EngineHandle, EngineStoppedError, trackRemote } from './calls.ts'
import { EnginePool } from './pool.ts'

export { EngineStoppedError } from './calls.ts'

export interface BrowserEngineHandle extends EngineHandle<EngineApi> {
  readonly worker: Worker
  /** Settles with the reason when the worker stops by itself (crash, hang, silent exit), not when closed. */
  readonly stopped: Promise<Error>
}

/** The handshake reads a property the API need not have: any comlink endpoint answers it. */
const HANDSHAKE = '__drawdownReady'

export interface BrowserSpawnOptions {
  /** How long the worker may take to load and answer (default 30 000 ms). */
  startTimeout?: number
  /** How long one call may go unanswered before the worker counts as hung (default 60 000 ms). */
  callTimeout?: number
}

/**
 * A worker that stops without an error event (it closed itself, or was terminated by someone else)
 * gives no sign: it holds a Web Lock named after it for its whole life, so the page's request for
 * the same lock is granted exactly when the worker is gone. The worker asks for its lock as it
 * loads, but that request and its handshake travel by different routes: the page waits until the
 * lock manager shows the lock held before queueing behind it, or it would be granted the lock
 * first and report a live worker as stopped.
 */
async function watchForExit(lockName: string, tracker: CallTracker, timeout: number): Promise<void> {
  const locks = globalThis.navigator?.locks
  if (!locks) return
  const held = async () => ((await locks.query()).held ?? []).some((lock) => lock.name === lockName)
  const deadline = performance.now() + timeout
  while (!(await held())) {
    if (tracker.failure) return
    if (performance.now() > deadline)
      throw new EngineStoppedError(`the engine worker did not start within ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  void locks
    .request(lockName, () => {
      tracker.fail(new EngineStoppedError('the engine worker stopped without a word'))
    })
    .catch(() => undefined)
}

/** Starts an engine worker; resolves once it has loaded and answered, rejects if it cannot start. */
export async function spawnBrowserEngine(options: BrowserSpawnOptions = {}): Promise<BrowserEngineHandle> {
  const lockName = `drawdown-engine-${Math.random().toString(36).slice(2)}`
  const worker = new Worker(new URL('../../workers/browser.ts', import.meta.url), {
    type: 'module',
    name: lockName,
  })
  const tracker = new CallTracker({
    callTimeout: options.callTimeout ?? 60_000,
    onStopped: (error) => {
      worker.terminate()
      if (!closed) stoppedBy(error)
    },
  })
  let closed = false
  let stoppedBy: (error: Error) => void = () => undefined
  const stopped = new Promise<Error>((resolve) => {
    stoppedBy = resolve
  })
  worker.addEventListener('error', (event) => {
    event.preventDefault()
    tracker.fail(new EngineStoppedError(`the engine worker failed: ${event.message || 'it could not load'}`))
  })
  worker.addEventListener('messageerror', () => {
    tracker.fail(new EngineStoppedError('the engine worker sent a message that could not be read'))
    worker.terminate()
  })
  const remote = Comlink.wrap<EngineApi>(worker)
  const handle: BrowserEngineHandle = {
    api: trackRemote(remote, tracker),
    stopped,
    worker,
    get failure() {
      return tracker.failure
    },
    async close() {
      if (closed) return
      closed = true
      tracker.fail(new EngineStoppedError('engine closed'))
      remote[Comlink.releaseProxy]()
      worker.terminate()
    },
  }
  const timeout = options.startTimeout ?? 30_000
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EngineStoppedError(`the engine worker did not start within ${timeout} ms`)),
      timeout,
    )
  })
  try {
    const probe = remote as unknown as Record<string, PromiseLike<unknown>>
    await Promise.race([tracker.track(() => probe[HANDSHAKE]), timedOut])
    await watchForExit(lockName, tracker, timeout)
    return handle
  } catch (error) {
    await handle.close()
    throw error
  } finally {
    clearTimeout(timer)
  }
}

/** Rejection of a call whose signal was aborted. */
export const abortError = (): DOMException => new DOMException('the call was cancelled', 'AbortError')

export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError'

/**
 * One engine worker and a queue of calls to it. Calls run one after another; a call whose signal
 * is aborted before it starts is never sent, and one aborted while it runs rejects at once with
 * an AbortError (the worker finishes it, and the next call waits for that, so order is kept).
 */
export class EngineQueue {
  private tail: Promise<unknown> = Promise.resolve()

  constructor(readonly handle: BrowserEngineHandle) {}

  call<R>(job: (api: BrowserEngineHandle['api']) => R, signal?: AbortSignal): Promise<Awaited<R>> {
    type T = Awaited<R>
    const run = this.tail.then(() => {
      if (signal?.aborted) throw abortError()
      return job(this.handle.api)
    }) as Promise<T>
    this.tail = run.catch(() => undefined)
    if (signal === undefined) return run
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(abortError())
      if (signal.aborted) onAbort()
      signal.addEventListener('abort', onAbort, { once: true })
      run.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}

/** A pool of engine workers for ensembles: at most `size` at once, each a module worker, a fresh
 * one after each run of a second or more. */
export function createBrowserPool(size: number): EnginePool<BrowserEngineHandle> {
  return new EnginePool({ size, spawn: () => spawnBrowserEngine() })
}

/** Workers an ensemble uses: one per core, at least two and at most four. The page itself only
 * gathers results meanwhile, so it stays responsive even when every core runs a worker. */
export function ensembleWorkers(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2
  return Math.max(2, Math.min(4, cores))
}
