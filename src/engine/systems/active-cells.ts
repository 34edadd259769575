// Where the active citizens stand: one bit a cell, set while an active citizen stands on it
// (`Uprising.activeHere`). An enforcer looking for the k-th active in its vision counts these bits
// row by row instead of reading the occupant and its status at every cell it sees: in a large world
// those status reads land at random ids, most of them cache misses. The bits change exactly where
// the actives' count fields change, so every change of either goes through these functions.
import { type CountField, spread } from '../core/field.ts'
import { shiftField } from '../core/shift.ts'
import type { Uprising } from './uprising.ts'

/** A zeroed set of bits for `cellCount` cells (no one active yet). */
export const noActiveCells = (cellCount: number) => new Int32Array((cellCount + 31) >>> 5)

/** An active citizen of the group whose count field is `seen` now stands on `cell`: it became
 * active there. */
export function activeArrives(world: Uprising, seen: CountField, cell: number): void {
  spread(world.grid, seen, cell, 1)
  world.activeHere[cell >>> 5] |= 1 << cell
}

/** The active citizen on `cell` (of the group whose count field is `seen`) stops being active
 * there: it turned quiet, was arrested, died or changed sides. */
export function activeLeaves(world: Uprising, seen: CountField, cell: number): void {
  spread(world.grid, seen, cell, -1)
  world.activeHere[cell >>> 5] &= ~(1 << cell)
}

/** A citizen on `cell` turned active (`active` true), or stopped being active there (false). */
export function activeTurns(world: Uprising, seen: CountField, cell: number, active: boolean): void {
  if (active) activeArrives(world, seen, cell)
  else activeLeaves(world, seen, cell)
}

/** Active citizen `id` has just moved from `from` by stencil offset `offset` (to its cell now). */
export function activeMoves(
  world: Uprising,
  seen: CountField,
  id: number,
  from: number,
  offset: number,
): void {
  shiftField(world.grid, world.shiftTable, seen, from, offset)
  const to = world.agents.cell[id]
  const bits = world.activeHere
  bits[from >>> 5] &= ~(1 << from)
  bits[to >>> 5] |= 1 << to
}

/** Whether an active citizen stands on `cell`, by its bit. */
export function isActiveHere(bits: Int32Array, cell: number): boolean {
  return ((bits[cell >>> 5] >>> cell) & 1) === 1
}

/** Rewrites the bits from the agents (after a restore: derived state is rebuilt, not trusted). */
export function markActiveCells(world: Uprising, isActive: (id: number) => boolean): void {
  const { occupant } = world.agents
  const bits = world.activeHere
  bits.fill(0)
  for (let cell = 0; cell < occupant.length; cell++) {
    const id = occupant[cell]
    if (id >= 0 && isActive(id)) bits[cell >>> 5] |= 1 << cell
  }
}
