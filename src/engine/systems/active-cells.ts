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

/** Set bits in a 32-bit word. */
function bitCount(word: number): number {
  const pairs = word - ((word >>> 1) & 0x55555555)
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333)
  return Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/**
 * Among the cells `first..last` (inclusive, ascending, within one row), the k-th (0-based) whose bit
 * is set in `bits`: its cell, or −1 − (how many are set) when there are k or fewer, so that the
 * caller can count them off and go on to the next run of cells.
 */
export function nthSetCell(bits: Int32Array, first: number, last: number, k: number): number {
  let left = k
  for (let word = first >>> 5, lastWord = last >>> 5; word <= lastWord; word++) {
    const low = word === first >>> 5 ? first & 31 : 0
    const high = word === lastWord ? last & 31 : 31
    // Bits low..high of the word: all ones shifted up by low, cut above high.
    const mask = ((-1 << low) & (-1 >>> (31 - high))) | 0
    let set = bits[word] & mask
    const count = bitCount(set)
    if (left < count) {
      for (; left > 0; left--) set &= set - 1
      return (word << 5) + 31 - Math.clz32(set & -set)
    }
    left -= count
  }
  return -1 - (k - left)
}
