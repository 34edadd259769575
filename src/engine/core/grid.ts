// Grid geometry: cell indexing, torus or bounded edges, and the vision stencil every agent uses.
import { makeStencil, type Neighbourhood, type Stencil } from './stencil.ts'

export type Topology = 'torus' | 'bounded'

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
  /** `offsetLinear` padded with zeros (the centre) to `offsetMask + 1` entries, so that any masked
   * draw reads inside it (the empty-cell draw discards the padded ones). */
  readonly offsetProbe: Int32Array
  /** The stencil's reach: cells at least this far from every edge see no wrap-around. */
  readonly reach: number
  /** Cell indices in rows [reach, height − reach), and the same for twice the reach: a cell outside
   * them is too near the top or bottom edge. */
  readonly reachStart: number
  readonly reachEnd: number
  readonly twiceReachStart: number
  readonly twiceReachEnd: number
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
  const reach = stencil.reach
  for (let cell = 0; cell < cellCount; cell++) {
    cellX[cell] = cell % width
    cellY[cell] = (cell / width) | 0
  }
  const offsetLinear = Int32Array.from(stencil.dx, (dx, k) => stencil.dy[k] * width + dx)
  let offsetMask = 0
  while (offsetMask < offsetLinear.length - 1) offsetMask = offsetMask * 2 + 1
  const offsetProbe = new Int32Array(offsetMask + 1)
  offsetProbe.set(offsetLinear)
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
    offsetProbe,
    reach,
    reachStart: reach * width,
    reachEnd: Math.max(0, height - reach) * width,
    twiceReachStart: 2 * reach * width,
    twiceReachEnd: Math.max(0, height - 2 * reach) * width,
    rowStart,
    rowLength,
    wrapX: wrap(width),
    wrapY: wrap(height),
  }
}

/**
 * Whether `cell`'s stencil stays clear of every edge, so that its cells are `cell + offsetLinear[k]`.
 * Computed rather than looked up: at a million cells a per-cell table is one more cache miss a turn.
 */
export function insideReach(grid: Grid, cell: number): boolean {
  if (cell < grid.reachStart || cell >= grid.reachEnd) return false
  const x = cell % grid.width
  return x >= grid.reach && x < grid.width - grid.reach
}

/** Whether `cell` is at least twice the stencil's reach from every edge (for shifting fields). */
export function insideTwiceReach(grid: Grid, cell: number): boolean {
  if (cell < grid.twiceReachStart || cell >= grid.twiceReachEnd) return false
  const x = cell % grid.width
  return x >= 2 * grid.reach && x < grid.width - 2 * grid.reach
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
  if (insideReach(grid, cell)) return cell + grid.offsetLinear[k]
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
