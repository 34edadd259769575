// Agents changing sides: a citizen recruited by spoilers, a spoiler captured or demobilised, a
// dismissed soldier. The agent keeps its id and cell; its contribution moves between count fields.
import { Kind, type KindCode, Status } from '../../core/agents.ts'
import { spread } from '../../core/field.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { activeArrives, activeLeaves } from '../active-cells.ts'

/** Whether agent `id` currently feeds a count field from its cell (it stands on the grid). */
function onGrid(world: SsrWorld, id: number): boolean {
  const at = world.agents.cell[id]
  return at >= 0 && world.agents.occupant[at] === id
}

/** Takes agent `id`'s contribution out of the count fields. */
export function withdrawPresence(world: SsrWorld, id: number): void {
  if (!onGrid(world, id)) return
  const { agents, grid } = world
  const at = agents.cell[id]
  const kind = agents.kind[id]
  if (kind === Kind.citizen) {
    if (agents.status[id] === Status.active) activeLeaves(world, world.state.activesSeen, at)
    return
  }
  const field = world.kindFields[kind]
  if (field) spread(grid, field, at, -1)
}

/** Adds agent `id`'s contribution to the count fields. */
export function addPresence(world: SsrWorld, id: number): void {
  if (!onGrid(world, id)) return
  const { agents, grid } = world
  const at = agents.cell[id]
  const kind = agents.kind[id]
  if (kind === Kind.citizen) {
    if (agents.status[id] === Status.active) activeArrives(world, world.state.activesSeen, at)
    return
  }
  const field = world.kindFields[kind]
  if (field) spread(grid, field, at, 1)
}

/** Turns agent `id` into a quiet, free agent of `kind` on the same cell. */
export function convert(world: SsrWorld, id: number, kind: KindCode): void {
  withdrawPresence(world, id)
  world.agents.kind[id] = kind
  world.agents.status[id] = Status.quiet
  world.agents.jailTerm[id] = 0
  addPresence(world, id)
}
