// The playback clock, kept apart from the runs it drives (as d3-force keeps d3.timer apart from
// simulation.tick): on each animation frame it decides how many ticks the next batch advances,
// with at most one batch in flight. Paced speeds spend a budget of ticks earned per second; at
// full speed a batch follows the last at once, sized so the engine spends about BATCH_MS on it
// (by the engine's own time: a busy page must make batches bigger, not smaller).
import { now, type Timer, timer } from 'd3'

/** At full speed, aim for batches of about this many milliseconds of engine time: two display
 * frames, so the map and charts cost little next to the engine's work and still move smoothly. */
const BATCH_MS = 32
const MAX_BATCH = 2000

export interface PlaybackTarget {
  /** The tick run A has reached. */
  tick(): number
  /** Ticks per second; 0 runs as fast as the engine goes. */
  speed(): number
  /** Advances the runs by `ticks`; resolves with the engine's milliseconds for it, or false when
   * playback must stop (the run failed). */
  advance(ticks: number): Promise<number | false>
  /** Playback stopped at its end tick. */
  reached(tick: number): void
  /** The batch failed (a cancelled one included); playback has stopped. */
  failed(error: unknown): void
}

export class Playback {
  private clock: Timer | undefined
  private inFlight: Promise<void> | undefined
  private until: () => number = () => Number.POSITIVE_INFINITY
  /** Ticks earned but not yet played, at a paced speed. */
  private budget = 0
  private budgetTime = 0
  /** The next batch at full speed, adapted to how long the last one took. */
  private fullSpeedBatch = 1

  constructor(private readonly target: PlaybackTarget) {}

  get playing(): boolean {
    return this.clock !== undefined
  }

  /** Plays until the tick `until()` names, asked before each batch (it may move as the runs go). */
  start(until: () => number): void {
    this.stop()
    this.until = until
    this.repace()
    this.clock = timer(() => this.pump())
    this.pump()
  }

  stop(): void {
    this.clock?.stop()
    this.clock = undefined
  }

  /** Starts the paced budget afresh, e.g. after the speed changed. */
  repace(): void {
    this.budget = 1
    this.budgetTime = now()
  }

  /** Resolves once no batch is in flight (a batch never rejects this). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight
  }

  private batchSize(speed: number): number {
    if (speed === 0) return this.fullSpeedBatch
    const time = now()
    this.budget = Math.min(this.budget + ((time - this.budgetTime) / 1000) * speed, Math.max(1, speed / 4))
    this.budgetTime = time
    return Math.floor(this.budget)
  }

  private pump(): void {
    if (!this.playing || this.inFlight) return
    const speed = this.target.speed()
    const wanted = this.batchSize(speed)
    if (wanted < 1) return
    const end = this.until()
    const ticks = Math.min(wanted, Math.max(0, end - this.target.tick()))
    if (ticks === 0) {
      this.stop()
      this.target.reached(end)
      return
    }
    if (speed !== 0) this.budget -= ticks
    this.inFlight = this.target.advance(ticks).then(
      (computeMs) => {
        this.inFlight = undefined
        if (computeMs === false) {
          this.stop()
          return
        }
        if (speed === 0) this.adapt(ticks, computeMs)
        // At full speed the next batch starts at once rather than on the next frame.
        if (this.target.speed() === 0) this.pump()
      },
      (error: unknown) => {
        this.inFlight = undefined
        this.stop()
        this.target.failed(error)
      },
    )
  }

  /** Scales the full-speed batch toward BATCH_MS of engine time, by at most four times each time. */
  private adapt(ticks: number, computeMs: number): void {
    const scaled = computeMs > 0 ? (ticks * BATCH_MS) / computeMs : ticks * 4
    const bounded = Math.min(ticks * 4, Math.max(ticks / 4, scaled))
    this.fullSpeedBatch = Math.max(1, Math.min(MAX_BATCH, Math.round(bounded)))
  }
}
