// Jail terms: counting down and release. A released agent that had left the grid returns to its
// cell, or to a random empty cell in vision when someone took it; with nowhere to go it waits.
import { LIFE_TERM, moveAgent, Status } from '../core/agents.ts'
import { stencilTarget } from '../core/grid.ts'
import { randomEmptyOffset } from '../core/sample.ts'
import type { Uprising } from './uprising.ts'

/**
 * Builds the jail for `world`: a function serving one tick of agent `id`'s term, which returns true
 * when the agent is free again. Under `releaseTurnAfter` (Mesa) the countdown that reaches 0 only
 * ends the term; the agent is freed at the next one, and may then act in the same turn.
 */
export function jailing(world: Uprising): (id: number) => boolean {
  const { agents, grid } = world
  const { jailTerm, status, cell, occupant, vacant } = agents
  const { jailedKeepCell } = world.rules
  const placement = world.random.release

  /** Puts a jailed agent back as a quiet citizen; false when it has no cell to return to yet. */
  const release = (id: number): boolean => {
    if (!jailedKeepCell) {
      const home = cell[id]
      let to = home
      if (occupant[home] >= 0) {
        const offset = randomEmptyOffset(grid, vacant, home, placement)
        if (offset < 0) return false
        to = stencilTarget(grid, home, offset)
      }
      moveAgent(agents, id, to)
    }
    status[id] = Status.quiet
    return true
  }

  if (world.rules.releaseTurnAfter) {
    return (id) => {
      const term = jailTerm[id]
      if (term === LIFE_TERM) return false
      if (term > 0) {
        jailTerm[id] = term - 1
        return false
      }
      return release(id)
    }
  }
  return (id) => {
    const term = jailTerm[id]
    if (term === LIFE_TERM) return false
    if (term > 0) jailTerm[id] = term - 1
    return jailTerm[id] === 0 && release(id)
  }
}

/** NetLogo's end of tick: every jailed agent serves one tick, in id order. */
export function serveTickAll(world: Uprising, serveTick: (id: number) => unknown): void {
  const { alive, status } = world.agents
  for (let id = 0, end = world.agents.end; id < end; id++) {
    if (alive[id] === 1 && status[id] === Status.jailed) serveTick(id)
  }
}
