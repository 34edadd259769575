// The engine in Node worker_threads: spawnEngine() starts a worker (the built one beside this
// module in build/, or from source through workers/node-bootstrap.mjs when this module runs from
// source) and watches it, so a crash rejects pending calls instead of hanging.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import * as Comlink from 'comlink'
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs'
import type { EngineApi } from '../../workers/engine-api.ts'
import { CallTracker, type EngineHandle, EngineStoppedError, trackRemote } from './calls.ts'
import { EnginePool } from './pool.ts'

/** Built, this module is a chunk in build/cli/ beside node-worker.js; from source it is a .ts file. */
const fromSource = import.meta.url.endsWith('.ts')

export const DEFAULT_ENTRY = fromSource
  ? new URL('../../workers/node-bootstrap.mjs', import.meta.url)
  : new URL('./node-worker.js', import.meta.url)

export interface SpawnOptions {
  /** The worker's entry module (default: DEFAULT_ENTRY); tests point it elsewhere. */
  entry?: string | URL
  /** How long the worker may take to load and answer its first message (default 60 000 ms). */
  startTimeout?: number
}

export interface NodeEngineHandle<Api = EngineApi> extends EngineHandle<Api> {
  readonly worker: Worker
}

/** The handshake reads a property the API need not have: any comlink endpoint answers it. */
const HANDSHAKE = '__drawdownReady'

/** Starts an engine worker; resolves once it has loaded and answered, rejects if it cannot start. */
export async function spawnEngine<Api = EngineApi>(
  options: SpawnOptions = {},
): Promise<NodeEngineHandle<Api>> {
  const worker = new Worker(options.entry ?? DEFAULT_ENTRY)
  const tracker = new CallTracker()
  let closing = false
  let closed: Promise<void> | undefined

  worker.on('error', (error) =>
    tracker.fail(new EngineStoppedError(`engine worker failed: ${error.message}`)),
  )
  worker.on('messageerror', (error) => {
    // Some reply could not be read and nobody knows which: the worker's state is unknown now.
    tracker.fail(
      new EngineStoppedError(`engine worker sent a message that could not be read: ${error.message}`),
    )
    void worker.terminate()
  })
  worker.on('exit', (code) =>
    tracker.fail(
      new EngineStoppedError(closing ? 'engine closed' : `engine worker exited with code ${code}`),
    ),
  )

  const remote = Comlink.wrap<Api>(nodeEndpoint(worker))
  const handle: NodeEngineHandle<Api> = {
    api: trackRemote(remote, tracker),
    worker,
    get failure() {
      return tracker.failure
    },
    close() {
      closed ??= (async () => {
        closing = true
        tracker.fail(new EngineStoppedError('engine closed'))
        remote[Comlink.releaseProxy]()
        await worker.terminate()
      })()
      return closed
    },
  }

  const timeout = options.startTimeout ?? 60_000
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EngineStoppedError(`engine worker did not start within ${timeout} ms`)),
      timeout,
    )
  })
  try {
    const probe = remote as unknown as Record<string, PromiseLike<unknown>>
    await Promise.race([tracker.track(() => probe[HANDSHAKE]), timedOut])
    return handle
  } catch (error) {
    await handle.close()
    throw error
  } finally {
    clearTimeout(timer)
  }
}

export interface NodePoolOptions extends SpawnOptions {
  /** Workers (default: the number of CPUs Node may use). */
  size?: number
}

/** A pool of Node engine workers. */
export function createEnginePool<Api = EngineApi>(
  options: NodePoolOptions = {},
): EnginePool<NodeEngineHandle<Api>> {
  const { size = availableParallelism(), ...spawnOptions } = options
  return new EnginePool({ size, spawn: () => spawnEngine<Api>(spawnOptions) })
}
