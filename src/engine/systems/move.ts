// Epstein's rule M: an agent steps to a random empty cell within its vision, carrying its
// contribution to the in-vision counts with it.
import { Kind, moveAgent, Status } from '../core/agents.ts'
import { stencilTarget } from '../core/grid.ts'
import { randomEmptyOffset } from '../core/sample.ts'
import { shiftField } from '../core/shift.ts'
import { activeMoves } from './active-cells.ts'
import type { Uprising } from './uprising.ts'

/**
 * Moves agent `id` from `from` by stencil offset `offset`, shifting the count field of its kind
 * (and, for an active citizen, of its group's actives).
 */
export function relocate(world: Uprising, id: number, from: number, offset: number): void {
  const { agents, grid, shiftTable } = world
  moveAgent(agents, id, stencilTarget(grid, from, offset))
  const kind = agents.kind[id]
  if (kind === Kind.citizen) {
    if (agents.status[id] === Status.active)
      activeMoves(world, world.activesSeen[world.group[id]], id, from, offset)
    return
  }
  const field = world.kindFields[kind]
  if (field) shiftField(grid, shiftTable, field, from, offset)
}

/** Builds rule M for `world`: moves agent `id` to a random empty cell in vision, if there is one. */
export function movement(world: Uprising): (id: number) => void {
  const { agents, grid, shiftTable, group, activesSeen, kindFields, leadingCitizens } = world
  const { cell, kind, status, vacant } = agents
  const random = world.random.movement
  return (id) => {
    const from = cell[id]
    const offset = randomEmptyOffset(grid, vacant, from, random)
    if (offset < 0) return
    moveAgent(agents, id, stencilTarget(grid, from, offset))
    const k = id < leadingCitizens ? Kind.citizen : kind[id]
    if (k === Kind.citizen) {
      if (status[id] === Status.active) activeMoves(world, activesSeen[group[id]], id, from, offset)
    } else {
      const field = kindFields[k]
      if (field) shiftField(grid, shiftTable, field, from, offset)
    }
  }
}
