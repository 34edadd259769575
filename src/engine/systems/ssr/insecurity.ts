// The insecurity field: violence leaves a mark on its cell (attack.ts, conduct.ts, engage.ts);
// each tick the field spreads to the four neighbouring cells and decays. It raises hardship and
// lowers trust where it lies, so violence can spread, and be displaced.
import type { SsrWorld } from '../../models/ssr/world.ts'

/** Insecurity below this is cleared: far below any effect, and it spares the arithmetic of tiny numbers. */
const NEGLIGIBLE = 1e-6

export function spreadInsecurity(world: SsrWorld): void {
  const { grid, state, scenario } = world
  const field = state.insecurity
  const next = world.insecurityScratch
  const { persistence, diffusion } = scenario.insecurity
  const { width, height } = grid
  const share = diffusion / 4
  const stay = 1 - diffusion
  if (state.insecurityTotal === 0) return
  let total = 0
  for (let y = 0; y < height; y++) {
    const row = y * width
    if (y === 0 || y === height - 1 || width < 3) {
      for (let x = 0; x < width; x++) total += spreadAtEdge(world, x, y, share)
      continue
    }
    total += spreadAtEdge(world, 0, y, share)
    // Away from the edges every cell has its four neighbours: the same sums, in the same order,
    // without the tests.
    for (let cell = row + 1, stop = row + width - 1; cell < stop; cell++) {
      const inflow = field[cell - 1] + field[cell + 1] + field[cell - width] + field[cell + width]
      const value = persistence * (field[cell] * stay + share * inflow)
      const settled = value < NEGLIGIBLE ? 0 : value
      next[cell] = settled
      total += settled
    }
    total += spreadAtEdge(world, width - 1, y, share)
  }
  field.set(next)
  state.insecurityTotal = total
}

/** One cell's spread on an edge row or column: on a torus it wraps; at a bounded edge a missing
 * neighbour's share stays in place. Writes the cell's next value and returns it. */
function spreadAtEdge(world: SsrWorld, x: number, y: number, share: number): number {
  const { width, height, torus } = world.grid
  const field = world.state.insecurity
  const { persistence, diffusion } = world.scenario.insecurity
  const cell = y * width + x
  const up = y > 0 ? y - 1 : torus ? height - 1 : -1
  const down = y < height - 1 ? y + 1 : torus ? 0 : -1
  const left = x > 0 ? cell - 1 : torus ? cell + width - 1 : -1
  const right = x < width - 1 ? cell + 1 : torus ? cell - width + 1 : -1
  let inflow = 0
  let kept = field[cell] * (1 - diffusion)
  if (left >= 0) inflow += field[left]
  else kept += field[cell] * share
  if (right >= 0) inflow += field[right]
  else kept += field[cell] * share
  if (up >= 0) inflow += field[up * width + x]
  else kept += field[cell] * share
  if (down >= 0) inflow += field[down * width + x]
  else kept += field[cell] * share
  const value = persistence * (kept + share * inflow)
  const settled = value < NEGLIGIBLE ? 0 : value
  world.insecurityScratch[cell] = settled
  return settled
}

/** Marks the insecurity field around `cell`: every cell in vision of it gains `amount`. */
export function markInsecurity(world: SsrWorld, cell: number, amount: number): void {
  const { grid } = world
  const field = world.state.insecurity
  const { rowOffset, halfWidth } = grid.stencil
  const { width, height, torus } = grid
  const x0 = grid.cellX[cell]
  const y0 = grid.cellY[cell]
  let marked = 0
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
      field[base + x] += amount
      marked++
    }
  }
  world.state.insecurityTotal += marked * amount
}
