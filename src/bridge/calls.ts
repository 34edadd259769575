// Calls to a worker that must not hang when the worker dies. Comlink never settles a call whose
// worker stopped, so every call is tracked and rejected when the bridge learns the worker is gone.
// Environment-agnostic: the Node bridge and the browser bridge both use it.
import type { Remote } from 'comlink'
import type { EngineApi } from '../../workers/engine-api.ts'

/** A worker stopped (crashed, exited, could not load, or was closed); its pending calls reject with this. */
export class EngineStoppedError extends Error {
  override readonly name = 'EngineStoppedError'
}

export interface TrackerOptions {
  /**
   * A call unanswered for this long means the worker stopped answering (hung, or gone without a
   * word): every pending call fails and `onStopped` runs. Engine calls are chunked (a few hundred
   * ticks), so a healthy worker answers well within it. Default: no limit.
   */
  callTimeout?: number
  /** Runs once, when the tracker fails for any reason (e.g. to terminate the worker). */
  onStopped?: (error: Error) => void
}

/** Pending calls to one worker; fail() rejects them all, and every later call rejects at once. */
export class CallTracker {
  private readonly pending = new Set<(error: Error) => void>()
  private stopped: Error | undefined

  constructor(private readonly options: TrackerOptions = {}) {}

  /** Why the worker stopped, or undefined while it runs. */
  get failure(): Error | undefined {
    return this.stopped
  }

  get pendingCount(): number {
    return this.pending.size
  }

  /** Settles like `call()`, or rejects as soon as the worker stops. */
  track<T>(call: () => PromiseLike<T>): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped)
    return new Promise<T>((resolve, reject) => {
      this.pending.add(reject)
      const { callTimeout } = this.options
      const timer =
        callTimeout === undefined
          ? undefined
          : setTimeout(() => {
              const seconds = Math.round(callTimeout / 100) / 10
              this.fail(
                new EngineStoppedError(`the engine worker stopped answering (no reply within ${seconds} s)`),
              )
            }, callTimeout)
      const settle = () => {
        clearTimeout(timer)
        this.pending.delete(reject)
      }
      try {
        call().then(
          (value) => {
            settle()
            resolve(value)
          },
          (error: unknown) => {
            settle()
            reject(error)
          },
        )
      } catch (error) {
        settle()
        reject(error)
      }
    })
  }

  /** Rejects every pending call with `error`; later calls reject with it too. Only the first failure counts. */
  fail(error: Error): void {
    if (this.stopped) return
    this.stopped = error
    const rejects = [...this.pending]
    this.pending.clear()
    for (const reject of rejects) reject(error)
    this.options.onStopped?.(error)
  }
}

/**
 * A stand-in for a comlink proxy whose method calls go through `tracker`. Only method calls are
 * supported (`api.step(10)`), which is all the engine API has.
 */
export function trackRemote<Api>(remote: Remote<Api>, tracker: CallTracker): Remote<Api> {
  const methods = new Map<PropertyKey, (...args: unknown[]) => Promise<unknown>>()
  const target = remote as unknown as Record<PropertyKey, (...args: unknown[]) => PromiseLike<unknown>>
  return new Proxy({} as Remote<Api>, {
    get(_, name) {
      // Not a thenable: `await handle.api` must not send a call.
      if (name === 'then') return undefined
      let method = methods.get(name)
      if (method === undefined) {
        method = (...args) => tracker.track(() => target[name](...args))
        methods.set(name, method)
      }
      return method
    },
  })
}

/** One engine worker as a client holds it. */
export interface EngineHandle<Api = EngineApi> {
  /** The engine's methods; every call rejects with EngineStoppedError once the worker stops. */
  readonly api: Remote<Api>
  /** Why the worker stopped, or undefined while it runs. */
  readonly failure: Error | undefined
  /** Rejects pending calls, releases the proxy and stops the worker. */
  close(): Promise<void>
}
