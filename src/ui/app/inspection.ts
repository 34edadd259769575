// The map inspector's questions to run A's engine: what stands on a hovered cell, and where the
// pinned agent (by id) is now. A new question cancels the one still open, so a fast-moving
// pointer never queues stale answers.
import type { AgentInfo } from '../../engine/models/model.ts'
import type { Engines } from './engines.ts'

export class Inspection {
  private open: AbortController | undefined

  constructor(private readonly engines: Engines) {}

  /** The agent on `cell` in run A now, or null; rejects with an AbortError when superseded. */
  async cell(cell: number): Promise<AgentInfo | null> {
    const controller = this.restart()
    const queue = this.engines.current('a')
    if (!queue) return null
    return queue.call((api) => api.inspect(cell), controller.signal)
  }

  /** Agent `id` in run A now, wherever it moved, or null when it is off the grid. */
  async agent(id: number): Promise<AgentInfo | null> {
    const controller = this.restart()
    const queue = this.engines.current('a')
    if (!queue) return null
    return queue.call((api) => api.inspectAgent(id), controller.signal)
  }

  /** Cancels the open question, if any. */
  cancel(): void {
    this.open?.abort()
    this.open = undefined
  }

  private restart(): AbortController {
    this.cancel()
    this.open = new AbortController()
    return this.open
  }
}
