// In-vision count fields: field[c] holds how many tracked agents cell c sees. Vision is symmetric,
// so an agent entering cell x adds one to every cell in x's stencil; a query is then one read.
// Keeping counts this way costs work per change instead of per look, which is what makes large
// visions affordable when most agents stand still in their state. A count never exceeds the cells of
// one stencil (one agent to a cell), so a field is one byte a cell when the stencil has at most 255
// cells (every vision up to about 8) and two bytes beyond: half the memory on the hot path of a
// large world, for the same counts.
import { type Grid, insideReach } from './grid.ts'

/** An in-vision count field: one count per cell. */
export type CountField = Uint8Array | Uint16Array

/** A zeroed count field for `cellCount` cells whose stencil has `stencilSize` cells (centre included). */
export function countField(cellCount: number, stencilSize: number): CountField {
  return stencilSize <= 255 ? new Uint8Array(cellCount) : new Uint16Array(cellCount)
}

/** Adds `delta` to field over the stencil centred on `cell`. */
export function spread(grid: Grid, field: CountField, cell: number, delta: number): void {
  if (insideReach(grid, cell)) {
    // Away from the edges every row of the stencil is one contiguous run at a fixed offset.
    const { rowStart, rowLength } = grid
    for (let row = 0; row < rowStart.length; row++) {
      for (let i = cell + rowStart[row], end = i + rowLength[row]; i < end; i++) field[i] += delta
    }
    return
  }
  spreadNearEdge(grid, field, cell, delta)
}

function spreadNearEdge(grid: Grid, field: CountField, cell: number, delta: number): void {
  const { rowOffset, halfWidth } = grid.stencil
  const width = grid.width
  const height = grid.height
  const torus = grid.torus
  const x = grid.cellX[cell]
  const y0 = grid.cellY[cell]
  const rows = rowOffset.length
  for (let row = 0; row < rows; row++) {
    let y = y0 + rowOffset[row]
    if (y < 0) {
      if (!torus) continue
      y += height
    } else if (y >= height) {
      if (!torus) continue
      y -= height
    }
    const base = y * width
    const w = halfWidth[row]
    let from = x - w
    let to = x + w
    if (from < 0) {
      if (torus) for (let i = base + from + width; i < base + width; i++) field[i] += delta
      from = 0
    }
    if (to >= width) {
      if (torus) for (let i = base, end = base + to - width; i <= end; i++) field[i] += delta
      to = width - 1
    }
    for (let i = base + from, end = base + to; i <= end; i++) field[i] += delta
  }
}

/** Recomputes a field from scratch for every cell where `tracked(cell)` holds. For tests and restore checks. */
export function rebuild(grid: Grid, field: CountField, tracked: (cell: number) => boolean): void {
  field.fill(0)
  for (let cell = 0; cell < grid.cellCount; cell++) if (tracked(cell)) spread(grid, field, cell, 1)
}

/**
 * Recounts a field from the agents standing on the grid for which `counts(id)` holds. Used when a
 * run continues with another vision (a new stencil): the saved counts belong to the old one.
 */
export function recount(
  grid: Grid,
  field: CountField,
  occupant: Int32Array,
  cellOf: Int32Array,
  end: number,
  counts: (id: number) => boolean,
): void {
  field.fill(0)
  for (let id = 0; id < end; id++) {
    const cell = cellOf[id]
    if (cell >= 0 && occupant[cell] === id && counts(id)) spread(grid, field, cell, 1)
  }
}
