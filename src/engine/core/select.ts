// Picking one agent in vision that meets a condition: uniformly by rejection over the stencil,
// with an exact enumeration when the condition is rare. For the SSR model's less frequent acts
// (recruiting, attacking, detaining), where a count field for every condition would cost more.
import { type Grid, insideReach, offsetCell } from './grid.ts'
import type { Random } from './rng.ts'

const REJECTION_ATTEMPTS = 16

/**
 * A uniformly chosen agent on a cell in vision of `cell` (centre excluded) for which `match(id)`
 * holds, or −1 when there is none. `scratch` must hold `grid.stencil.size` entries.
 */
export function randomAgentInVision(
  grid: Grid,
  occupant: Int32Array,
  cell: number,
  random: Random,
  scratch: Int32Array,
  match: (id: number) => boolean,
): number {
  const { dx, dy } = grid.stencil
  const n = dx.length
  if (n === 0) return -1
  const interior = insideReach(grid, cell)
  for (let attempt = 0; attempt < REJECTION_ATTEMPTS; attempt++) {
    const k = (random() * n) | 0
    const target = interior ? cell + grid.offsetLinear[k] : offsetCell(grid, cell, dx[k], dy[k])
    if (target < 0) continue
    const id = occupant[target]
    if (id >= 0 && match(id)) return id
  }
  let found = 0
  for (let k = 0; k < n; k++) {
    const target = interior ? cell + grid.offsetLinear[k] : offsetCell(grid, cell, dx[k], dy[k])
    if (target < 0) continue
    const id = occupant[target]
    if (id >= 0 && match(id)) scratch[found++] = id
  }
  return found === 0 ? -1 : scratch[(random() * found) | 0]
}

/** Calls `visit(id)` for every agent on a cell in vision of `cell`, centre included. */
export function forEachAgentInVision(
  grid: Grid,
  occupant: Int32Array,
  cell: number,
  visit: (id: number) => void,
): void {
  const { rowOffset, halfWidth } = grid.stencil
  const { width, height, torus } = grid
  const x0 = grid.cellX[cell]
  const y0 = grid.cellY[cell]
  for (let row = 0; row < rowOffset.length; row++) {
    let y = y0 + rowOffset[row]
    if (y < 0 || y >= height) {
      if (!torus) continue
      y = y < 0 ? y + height : y - height
    }
    const base = y * width
    const w = halfWidth[row]
    for (let dxx = -w; dxx <= w; dxx++) {
      let x = x0 + dxx
      if (x < 0 || x >= width) {
        if (!torus) continue
        x = x < 0 ? x + width : x - width
      }
      const id = occupant[base + x]
      if (id >= 0) visit(id)
    }
  }
}
