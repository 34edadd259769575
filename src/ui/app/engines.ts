// The engine workers behind runs A and B, and the generation their calls belong to: a restart
// begins a new generation, whose AbortSignal cancels every call the old one still had queued.
import { EngineQueue, spawnBrowserEngine } from '../../bridge/browser.ts'

export type RunName = 'a' | 'b'

export class Engines {
  private readonly queues: Partial<Record<RunName, EngineQueue>> = {}
  private generation = new AbortController()

  /** The signal of the current generation: calls made with it are cancelled by the next `renew`. */
  get signal(): AbortSignal {
    return this.generation.signal
  }

  /** Cancels the current generation's calls and starts a new one. */
  renew(): AbortSignal {
    this.generation.abort()
    this.generation = new AbortController()
    return this.generation.signal
  }

  /** Run `which`'s engine, started (or restarted after a failure) when needed. */
  async get(which: RunName): Promise<EngineQueue> {
    const current = this.queues[which]
    if (current && current.handle.failure === undefined) return current
    const fresh = new EngineQueue(await spawnBrowserEngine())
    this.queues[which] = fresh
    return fresh
  }

  /** Run `which`'s engine if it has one now, without starting one. */
  current(which: RunName): EngineQueue | undefined {
    return this.queues[which]
  }
}
