// A long replay (a share link's tick far into the run) shows how far it got, and can be cancelled:
// the scenario then opens at tick 0 with the settings it started with, and the page says so.
import { REPLAY_PROGRESS_TICKS } from '../../scenario/limits.ts'
import { startRecipe } from './recipe.ts'
import type { LoadSpec } from './replay.ts'
import type { AppState } from './state.ts'

export interface LongReplayDeps {
  get(): AppState
  set(patch: Partial<AppState>): void
  load(spec: LoadSpec): Promise<void>
}

export class LongReplay {
  private spec: LoadSpec | undefined

  constructor(private readonly deps: LongReplayDeps) {}

  /** Marks `spec`'s replay as begun; the progress callback for replay(), or undefined for a short one. */
  begin(spec: LoadSpec): ((tick: number) => void) | undefined {
    this.spec = spec.tick > REPLAY_PROGRESS_TICKS ? spec : undefined
    if (!this.spec) return undefined
    this.deps.set({ replaying: { tick: 0, target: spec.tick } })
    return (tick) => this.deps.set({ replaying: { tick, target: spec.tick } })
  }

  end(): void {
    this.spec = undefined
  }

  async cancel(): Promise<void> {
    const spec = this.spec
    if (!spec) return
    const reached = this.deps.get().replaying?.tick ?? 0
    await this.deps.load({ ...spec, a: startRecipe(0, spec.a.segments[0].overrides), b: undefined, tick: 0 })
    const text = `Replay cancelled at tick ${reached} of ${spec.tick}; the run starts at tick 0.`
    this.deps.set({ notice: { kind: 'info', text } })
  }
}
