// Epstein's rule C: an enforcer arrests one active citizen, chosen at random among those in its
// vision, and jails it for a random term.
import { LIFE_TERM, moveAgent, Status, vacate } from '../core/agents.ts'
import { spread } from '../core/field.ts'
import type { Uprising } from './uprising.ts'

/** The k-th active citizen (0-based, row by row) in vision of `cell`, of any group, or -1. */
function nthActiveInVision(world: Uprising, cell: number, k: number): number {
  const { grid, agents } = world
  const { rowOffset, halfWidth } = grid.stencil
  const { width, height, torus } = grid
  const { occupant, status } = agents
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
    for (let dx = -w; dx <= w; dx++) {
      let x = x0 + dx
      if (x < 0 || x >= width) {
        if (!torus) continue
        x = x < 0 ? x + width : x - width
      }
      const id = occupant[base + x]
      if (id >= 0 && status[id] === Status.active && left-- === 0) return id
    }
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
    spread(grid, activesSeen[group[suspect]], suspectCell, -1)
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
