// A few engine workers and a queue of jobs. A job gets one worker to itself until it settles;
// results come back in submission order. When a worker dies, its job rejects, results already
// in are kept, and the next job gets a fresh worker. A worker can also be replaced after a long
// job, because a fresh one runs the engine faster (see PoolOptions.freshAfterMs).
// Environment-agnostic: give it a spawn().

/**
 * How long a job must take for its worker to be replaced after it, unless a pool says otherwise
 * (PoolOptions.freshAfterMs): the batch runner, the Experiment view and ensembles. Measured at 200 × 200
 * (docs/performance.md): a run of 260 ticks took 1.8 s as a Node worker's first world and 2.2–2.5 s
 * after it, 2.3–3.2 s against 3.1–3.8 s in a Chromium Web Worker; one of 78 ticks, 0.7 s either
 * way in Node; a worker starts in about 0.08 s in Node and 0.09 s in Chromium.
 */
const FRESH_WORKER_AFTER_MS = 1000

/** What the pool needs of a worker handle (EngineHandle fits). */
export interface PoolHandle {
  readonly failure: Error | undefined
  close(): Promise<void>
}

/** Work for one worker: create a run, step it, read results. */
export type Job<Handle, T> = (engine: Handle) => Promise<T>

export interface PoolOptions<Handle> {
  size: number
  spawn: () => Promise<Handle>
  /**
   * Replace a worker by a fresh one after a job that took at least this many milliseconds
   * (default FRESH_WORKER_AFTER_MS; Infinity keeps every worker). V8 compiles the engine's rules for the first world an isolate
   * makes; from the second world on, it runs more generic code, about a fifth slower per tick
   * (docs/performance.md). A fresh worker starts in well under a tenth of a second, so for runs of
   * seconds a new worker per run is faster; for short runs, keeping the warm one is.
   */
  freshAfterMs?: number
  /** Milliseconds since some fixed moment (default performance.now). */
  now?: () => number
}

interface Queued<Handle> {
  job: Job<Handle, unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

export class EnginePool<Handle extends PoolHandle> {
  readonly size: number
  private readonly spawn: () => Promise<Handle>
  private readonly freshAfterMs: number
  private readonly now: () => number
  private readonly queue: Queued<Handle>[] = []
  private readonly idle: Handle[] = []
  private readonly handles = new Set<Handle>()
  private readonly starting = new Set<Promise<unknown>>()
  private readonly stopping = new Set<Promise<unknown>>()
  /** Workers running or starting. */
  private live = 0
  private closed = false

  constructor(options: PoolOptions<Handle>) {
    if (!Number.isSafeInteger(options.size) || options.size < 1) {
      throw new RangeError(`a pool needs at least one worker, got ${options.size}`)
    }
    this.size = options.size
    this.spawn = options.spawn
    this.freshAfterMs = options.freshAfterMs ?? FRESH_WORKER_AFTER_MS
    this.now = options.now ?? (() => performance.now())
  }

  /** Jobs waiting for a worker. */
  get waiting(): number {
    return this.queue.length
  }

  /** Queues `job`; settles with its result, or rejects if it fails or its worker dies. */
  run<T>(job: Job<Handle, T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('engine pool closed'))
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (value: unknown) => void, reject })
      this.pump()
    })
  }

  /** Runs every job; each outcome in submission order, failures included. */
  runAll<T>(jobs: readonly Job<Handle, T>[]): Promise<PromiseSettledResult<T>[]> {
    return Promise.allSettled(jobs.map((job) => this.run(job)))
  }

  /** Rejects waiting jobs, stops every worker (running jobs' calls reject) and resolves when all have stopped. */
  async close(): Promise<void> {
    this.closed = true
    for (const entry of this.queue.splice(0)) entry.reject(new Error('engine pool closed'))
    this.idle.length = 0
    await Promise.allSettled([...this.starting])
    await Promise.allSettled([...[...this.handles].map((handle) => handle.close()), ...this.stopping])
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const handle = this.idle.pop()
      if (handle?.failure !== undefined) {
        this.retire(handle) // died while idle
      } else if (handle !== undefined) {
        this.execute(handle, this.queue.shift()!)
      } else if (this.live < this.size) {
        this.live++
        this.start(this.queue.shift()!)
      } else return
    }
  }

  private start(entry: Queued<Handle>): void {
    const spawned = this.spawn()
    this.starting.add(spawned)
    const started = spawned.then(
      (handle) => {
        this.handles.add(handle)
        if (this.closed) {
          entry.reject(new Error('engine pool closed'))
          this.retire(handle)
        } else this.execute(handle, entry)
      },
      (error: unknown) => {
        this.live--
        entry.reject(error)
        this.pump()
      },
    )
    void started.finally(() => this.starting.delete(spawned))
  }

  private execute(handle: Handle, entry: Queued<Handle>): void {
    const started = this.now()
    let outcome: Promise<unknown>
    try {
      outcome = Promise.resolve(entry.job(handle))
    } catch (error) {
      outcome = Promise.reject(error)
    }
    outcome.then(entry.resolve, entry.reject).finally(() => {
      const long = this.now() - started >= this.freshAfterMs
      if (this.closed || handle.failure !== undefined || long) this.retire(handle)
      else this.idle.push(handle)
      this.pump()
    })
  }

  private retire(handle: Handle): void {
    this.live--
    this.handles.delete(handle)
    const stopped = handle.close()
    this.stopping.add(stopped)
    void stopped.finally(() => this.stopping.delete(stopped))
  }
}
