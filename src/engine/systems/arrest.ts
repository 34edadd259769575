// Epstein's rule C: an enforcer arrests one active citizen, chosen at random among those in its
// vision, and jails it for a random term.
import { LIFE_TERM, moveAgent, Status, vacate } from '../core/agents.ts'
import { nthSetCell } from '../core/bits.ts'
import { spread } from '../core/field.ts'
import { activeLeaves } from './active-cells.ts'
import type { Uprising } from './uprising.ts'

/**
 * The k-th active citizen (0-based) in vision of `cell`, of any group, or -1, counting row by row
 * and, within a row, from the leftmost offset to the rightmost. The counting reads the active-cell
 * bits (active-cells.ts); only the cell found is looked up.
 */
export function nthActiveInVision(world: Uprising, cell: number, k: number): number {
  const { grid, agents, activeHere } = world
  const { rowOffset, halfWidth } = grid.stencil
  const { width, height, torus } = grid
  const x0 = grid.cellX[cell]
  const y0 = grid.cellY[cell]
  let left = k
  for (let row = 0; row < rowOffset.length; row++) {
    let y = y0 + rowOffset[row]
    if (y < 0 || y >= height) {
      if (!torus) continue
      y = y < 0 ? y + height : y - height
    }
    const base = y * width
    const w = halfWidth[row]
    let from = x0 - w
    let to = x0 + w
    if (!torus) {
      from = Math.max(from, 0)
      to = Math.min(to, width - 1)
    } else if (from < 0 || to >= width) {
      // A row that wraps is two runs; the one past the left edge comes first. (A torus is at least
      // as wide as a row of vision, so the runs do not overlap.)
      const leftRun = from < 0
      const first = leftRun ? from + width : from
      const last = leftRun ? to : to - width
      const found = nthSetCell(activeHere, base + first, base + width - 1, left)
      if (found >= 0) return agents.occupant[found]
      left += found + 1
      const next = nthSetCell(activeHere, base, base + last, left)
      if (next >= 0) return agents.occupant[next]
      left += next + 1
      continue
    }
    const found = nthSetCell(activeHere, base + from, base + to, left)
    if (found >= 0) return agents.occupant[found]
    left += found + 1
  }
  return -1
}

/** Builds rule C for `world`: enforcer `id` arrests a random active in vision; returns its id or -1. */
export function policing(world: Uprising): (id: number) => number {
  const { agents, rules, grid, group, activesSeen, enforcersSeen } = world
  const { cell, status, jailTerm } = agents
  const { maxJailTerm, jailedKeepCell, copStepsOnArrest, jailTermLow, jailTermCount, releaseTurnAfter } =
    rules
  const chooseSuspect = world.random.arrest
  const drawTerm = world.random.jail
  const singleGroup = activesSeen.length === 1
  return (id) => {
    const at = cell[id]
    let seen = activesSeen[0][at]
    if (!singleGroup) for (let g = 1; g < activesSeen.length; g++) seen += activesSeen[g][at]
    if (seen === 0) return -1
    const suspect = nthActiveInVision(world, at, (chooseSuspect() * seen) | 0)
    if (suspect < 0) throw new Error(`in-vision count ${seen} at cell ${at} disagrees with the grid`)
    const suspectCell = cell[suspect]
    activeLeaves(world, activesSeen[group[suspect]], suspectCell)
    const term = maxJailTerm === LIFE_TERM ? LIFE_TERM : jailTermLow + ((drawTerm() * jailTermCount) | 0)
    world.arrests++
    if (term === 0 && !releaseTurnAfter) {
      // A zero term is an arrest without jail: the citizen is simply made quiet. (Mesa instead
      // holds it until its next turn, which the jail's release rule handles.)
      status[suspect] = Status.quiet
      return suspect
    }
    status[suspect] = Status.jailed
    jailTerm[suspect] = term
    if (!jailedKeepCell) {
      vacate(agents, suspectCell)
      if (copStepsOnArrest) {
        // NetLogo's cop steps onto the patch of the agent it arrested.
        moveAgent(agents, id, suspectCell)
        spread(grid, enforcersSeen, at, -1)
        spread(grid, enforcersSeen, suspectCell, 1)
      }
    }
    return suspect
  }
}
