// Epstein's rule M: an agent steps to a random empty cell within its vision, carrying its
// contribution to the in-vision counts with it.
import { Kind, moveAgent, Status } from '../core/agents.ts'
import { stencilTarget } from '../core/grid.ts'
import { randomEmptyOffset } from '../core/sample.ts'
import { shiftField } from '../core/shift.ts'
import type { Uprising } from './uprising.ts'

/** Builds rule M for `world`: moves agent `id` to a random empty cell in vision, if there is one. */
export function movement(world: Uprising): (id: number) => void {
  const { agents, grid, shiftTable, group, activesSeen, enforcersSeen, scratch } = world
  const { cell, kind, status, occupant } = agents
  const random = world.random.movement
  return (id) => {
    const from = cell[id]
    const offset = randomEmptyOffset(grid, occupant, from, random, scratch)
    if (offset < 0) return
    moveAgent(agents, id, stencilTarget(grid, from, offset))
    if (kind[id] !== Kind.citizen) shiftField(grid, shiftTable, enforcersSeen, from, offset)
    else if (status[id] === Status.active) shiftField(grid, shiftTable, activesSeen[group[id]], from, offset)
  }
}
