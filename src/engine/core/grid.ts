// Grid geometry: cell indexing, torus or bounded edges, and the vision stencil every agent uses.
import { makeStencil, type Neighbourhood, type Stencil } from './stencil.ts'

export type Topology = 'torus' | 'bounded'

/** Bits of `Grid.interior`: the cell's stencil (or twice its reach) never crosses an edge. */
export const INSIDE_REACH = 1
export const INSIDE_TWICE_REACH = 2

export interface Grid {
  readonly width: number
  readonly height: number
  readonly torus: boolean
  readonly cellCount: number
  /** Column and row of each cell index (cell = y * width + x), precomputed to avoid division.
   * 16 bits are enough (the schema caps both sides at 2000) and halve their share of memory. */
  readonly cellX: Uint16Array
  readonly cellY: Uint16Array
  readonly stencil: Stencil
  /** Per stencil offset (centre excluded): dy * width + dx, valid for interior cells. */
  readonly offsetLinear: Int32Array
  /** Smallest 2^b − 1 at least the number of offsets less one: for drawing offsets from random bits. */
  readonly offsetMask: number
  /** Per cell: INSIDE_REACH and INSIDE_TWICE_REACH bits, so hot loops can skip edge handling. */
  readonly interior: Uint8Array
  /** Per stencil row: dy * width − halfWidth (where the row's run starts) and its length, for interior cells. */
  readonly rowStart: Int32Array
  readonly rowLength: Int32Array
  /** Column and row after wrapping on a torus: wrapX[x + reach] for x in [−reach, width + reach). */
  readonly wrapX: Int32Array
  readonly wrapY: Int32Array
}

export function makeGrid(
  width: number,
  height: number,
  topology: Topology,
  neighbourhood: Neighbourhood,
  vision: number,
): Grid {
  const stencil = makeStencil(neighbourhood, vision)
  const torus = topology === 'torus'
  if (torus && 2 * stencil.reach + 1 > Math.min(width, height)) {
    // A wrapped stencil would see some cells twice; the scenario validation reports this to users.
    throw new RangeError(`vision ${vision} does not fit a ${width}×${height} torus`)
  }
  const cellCount = width * height
  if (width > 0xffff || height > 0xffff) throw new RangeError(`a ${width}×${height} grid is too large`)
  const cellX = new Uint16Array(cellCount)
  const cellY = new Uint16Array(cellCount)
  const interior = new Uint8Array(cellCount)
  const reach = stencil.reach
  const inside = (x: number, y: number, margin: number) =>
    x >= margin && x < width - margin && y >= margin && y < height - margin
  for (let cell = 0; cell < cellCount; cell++) {
    const x = cell % width
    const y = (cell / width) | 0
    cellX[cell] = x
    cellY[cell] = y
    interior[cell] =
      (inside(x, y, reach) ? INSIDE_REACH : 0) | (inside(x, y, 2 * reach) ? INSIDE_TWICE_REACH : 0)
  }
  const offsetLinear = Int32Array.from(stencil.dx, (dx, k) => stencil.dy[k] * width + dx)
  let offsetMask = 0
  while (offsetMask < offsetLinear.length - 1) offsetMask = offsetMask * 2 + 1
  const rowStart = Int32Array.from(stencil.rowOffset, (dy, row) => dy * width - stencil.halfWidth[row])
  const rowLength = Int32Array.from(stencil.halfWidth, (w) => 2 * w + 1)
  const wrap = (size: number) =>
    Int32Array.from({ length: size + 2 * reach }, (_, i) => (((i - reach) % size) + size) % size)
  return {
    width,
    height,
    torus,
    cellCount,
    cellX,
    cellY,
    stencil,
    offsetLinear,
    offsetMask,
    interior,
    rowStart,
    rowLength,
    wrapX: wrap(width),
    wrapY: wrap(height),
  }
}

/** The cell at (x + dx, y + dy) from `cell`, wrapped on a torus, or -1 off a bounded grid. */
export function offsetCell(grid: Grid, cell: number, dx: number, dy: number): number {
  let x = grid.cellX[cell] + dx
  let y = grid.cellY[cell] + dy
  const { width, height } = grid
  if (grid.torus) {
    if (x < 0) x += width
    else if (x >= width) x -= width
    if (y < 0) y += height
    else if (y >= height) y -= height
  } else if (x < 0 || x >= width || y < 0 || y >= height) {
    return -1
  }
  return y * width + x
}

/** The cell reached from `cell` by stencil offset `k` (which must lie on the grid). */
export function stencilTarget(grid: Grid, cell: number, k: number): number {
  if ((grid.interior[cell] & INSIDE_REACH) !== 0) return cell + grid.offsetLinear[k]
  return offsetCell(grid, cell, grid.stencil.dx[k], grid.stencil.dy[k])
}

/**
 * Calls `visit` for every cell in vision of `cell` (centre included), row by row, until it returns
 * true. Returns the cell that stopped the walk, or -1. For code off the hot path.
 */
export function findInVision(grid: Grid, cell: number, visit: (cell: number) => boolean): number {
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
    const w = halfWidth[row]
    for (let dx = -w; dx <= w; dx++) {
      let x = x0 + dx
      if (x < 0 || x >= width) {
        if (!torus) continue
        x = x < 0 ? x + width : x - width
      }
      const target = y * width + x
      if (visit(target)) return target
    }
  }
  return -1
}
