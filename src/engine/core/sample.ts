// Uniform choice of an empty cell, within vision or anywhere. Rejection sampling costs a few draws
// when empty cells are common; when it fails repeatedly we enumerate, which keeps the choice exactly
// uniform over the empty cells (each stage is uniform given that it answers).
import { isVacant } from './agents.ts'
import { nthSetCell } from './bits.ts'
import { type Grid, insideReach } from './grid.ts'
import type { Random } from './rng.ts'

/** Rejection attempts before enumerating; at 25% empty cells, 32 misses happen once in 10^4. */
const REJECTION_ATTEMPTS = 32

/**
 * The stencil offset (an index into `grid.stencil.dx/dy`) of a uniformly chosen empty cell (its
 * bit set in `vacant`, the agents' vacancy bits) within vision of `cell`, or -1 when there is none.
 * The caller turns it into a cell with `stencilTarget`.
 */
export function randomEmptyOffset(grid: Grid, vacant: Int32Array, cell: number, random: Random): number {
  // Kept small so that it inlines into the movement rule (V8 inlines functions of up to 460 bytes of
  // bytecode; this one is about 400, see docs/performance.md): cells away from every edge need no
  // wrapping, and most moves end here after a few draws.
  if (insideReach(grid, cell)) {
    const mask = grid.offsetMask
    if (mask < 256) {
      // One draw feeds four attempts: each takes 8 of its 32 bits, masked to the smallest power
      // of two covering the offsets and rejected beyond them, so every attempt is exactly uniform.
      // The four are probed together and the first that lands on an empty cell wins, as if they
      // were tried in turn, but with no branch on each probe's answer (random, so the processor
      // would guess it wrong about once a move). `probe` is `linear` padded to the mask with the
      // centre, whose answer is discarded. A probe reads its cell's vacancy bit: the word shifted
      // by the cell (JavaScript takes a shift count mod 32), masked by the attempt's validity,
      // which is 0 or 1.
      const probe = grid.offsetProbe
      const n = grid.offsetLinear.length
      for (let draw = 0; draw < REJECTION_ATTEMPTS / 4; draw++) {
        const bits = (random() * 4294967296) >>> 0
        const k0 = bits & mask
        const k1 = (bits >>> 8) & mask
        const k2 = (bits >>> 16) & mask
        const k3 = (bits >>> 24) & mask
        const c0 = cell + probe[k0]
        const c1 = cell + probe[k1]
        const c2 = cell + probe[k2]
        const c3 = cell + probe[k3]
        const hits =
          ((vacant[c0 >>> 5] >>> c0) & ((k0 - n) >>> 31)) |
          (((vacant[c1 >>> 5] >>> c1) & ((k1 - n) >>> 31)) << 1) |
          (((vacant[c2 >>> 5] >>> c2) & ((k2 - n) >>> 31)) << 2) |
          (((vacant[c3 >>> 5] >>> c3) & ((k3 - n) >>> 31)) << 3)
        if (hits !== 0) return (bits >>> ((31 - Math.clz32(hits & -hits)) << 3)) & mask
      }
      return enumerateEmptyOffset(grid, vacant, cell, random)
    }
    return randomEmptyOffsetWide(grid, vacant, cell, random)
  }
  return randomEmptyOffsetNearEdge(grid, vacant, cell, random)
}

/** Away from the edges, for stencils of 256 offsets or more: one draw an attempt. */
function randomEmptyOffsetWide(grid: Grid, vacant: Int32Array, cell: number, random: Random): number {
  const linear = grid.offsetLinear
  const n = linear.length
  for (let attempt = 0; attempt < REJECTION_ATTEMPTS; attempt++) {
    const k = (random() * n) | 0
    if (isVacant(vacant, cell + linear[k])) return k
  }
  return enumerateEmptyOffset(grid, vacant, cell, random)
}

function randomEmptyOffsetNearEdge(grid: Grid, vacant: Int32Array, cell: number, random: Random): number {
  const { dx, dy, reach } = grid.stencil
  const n = dx.length
  if (n === 0) return -1
  const { width, height, torus, wrapX, wrapY } = grid
  const x0 = grid.cellX[cell]
  const y0 = grid.cellY[cell]
  if (torus) {
    for (let attempt = 0; attempt < REJECTION_ATTEMPTS; attempt++) {
      const k = (random() * n) | 0
      if (isVacant(vacant, wrapY[y0 + dy[k] + reach] * width + wrapX[x0 + dx[k] + reach])) return k
    }
  } else {
    // "On the grid and empty" answered in one test, not two: a negative coordinate read as
    // unsigned is beyond any side, and an offset off the grid reads cell 0 and is discarded.
    for (let attempt = 0; attempt < REJECTION_ATTEMPTS; attempt++) {
      const k = (random() * n) | 0
      const x = x0 + dx[k]
      const y = y0 + dy[k]
      const onGrid = +(x >>> 0 < width) & +(y >>> 0 < height)
      const c = (y * width + x) & -onGrid
      if ((onGrid & (vacant[c >>> 5] >>> c)) !== 0) return k
    }
  }
  return enumerateEmptyOffset(grid, vacant, cell, random)
}

/** Exact fallback: count the empty cells in vision, draw one of them, and find it. The same choice as
 * listing the empty offsets in stencil order and drawing from the list, for a walk of the vacancy
 * bits a run of cells at a time instead of a test at every offset. */
function enumerateEmptyOffset(grid: Grid, vacant: Int32Array, cell: number, random: Random): number {
  const found = -1 - nthEmptyOffset(grid, vacant, cell, 0x7fffffff)
  return found === 0 ? -1 : nthEmptyOffset(grid, vacant, cell, (random() * found) | 0)
}

/**
 * The k-th (0-based, in stencil order) empty cell in vision of `cell`, as its stencil offset, or
 * −1 − (how many there are) when there are k or fewer. The stencil's rows are taken top to bottom;
 * a row is one run of cells, clipped at a bounded grid's edges, or two where it wraps round a torus
 * (the part past the left edge first, as its offsets come first). The centre is not in vision.
 */
export function nthEmptyOffset(grid: Grid, vacant: Int32Array, cell: number, k: number): number {
  const { rowOffset, halfWidth, rowFirst } = grid.stencil
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
    const from = x0 - w
    const to = x0 + w
    let found: number
    if (!torus) {
      found = nthSetCell(vacant, base + Math.max(from, 0), base + Math.min(to, width - 1), left, cell)
    } else if (from >= 0 && to < width) {
      found = nthSetCell(vacant, base + from, base + to, left, cell)
    } else {
      // A torus is at least as wide as a row of vision, so the two runs do not overlap.
      const wrapsLeft = from < 0
      found = nthSetCell(vacant, base + (wrapsLeft ? from + width : from), base + width - 1, left, cell)
      if (found < 0) {
        left += found + 1
        found = nthSetCell(vacant, base, base + (wrapsLeft ? to : to - width), left, cell)
      }
    }
    if (found >= 0) {
      let dx = found - base - x0
      if (dx > w) dx -= width
      else if (dx < -w) dx += width
      // Offsets skip the centre, which sits in the row at dy 0.
      return rowFirst[row] + dx + w - (rowOffset[row] === 0 && dx > 0 ? 1 : 0)
    }
    left += found + 1
  }
  return -1 - (k - left)
}

/** A uniformly chosen empty cell anywhere on the grid, or -1 when the grid is full. */
export function randomEmptyCell(grid: Grid, occupant: Int32Array, random: Random): number {
  const cells = grid.cellCount
  for (let attempt = 0; attempt < REJECTION_ATTEMPTS; attempt++) {
    const target = (random() * cells) | 0
    if (occupant[target] < 0) return target
  }
  let empty = 0
  for (let cell = 0; cell < cells; cell++) if (occupant[cell] < 0) empty++
  if (empty === 0) return -1
  let k = (random() * empty) | 0
  for (let cell = 0; cell < cells; cell++) {
    if (occupant[cell] < 0 && k-- === 0) return cell
  }
  return -1
}

/** Shuffles `items[0..length)` in place (Fisher–Yates). */
export function shuffle(items: Int32Array, length: number, random: Random): void {
  for (let i = length - 1; i > 0; i--) {
    const j = (random() * (i + 1)) | 0
    const swap = items[i]
    items[i] = items[j]
    items[j] = swap
  }
}

/**
 * Random sequential activation: each of `order[0..length)` acts once, in a uniformly random order.
 * The shuffle runs forwards (Fisher–Yates, drawing the agent for slot i from the slots not yet
 * used). It is finished before the first agent acts: no turn reads the order or the activation
 * stream, so the agents act in the same order as when each acted the moment it was drawn, and the
 * turns then read the order front to back instead of at a random slot each (in a large world a
 * cache miss per turn, waited for before the turn could start: Model I ran 1.09–1.28× as fast at
 * 1000×1000 without it, docs/performance.md).
 */
export function activateInRandomOrder(
  order: Int32Array,
  length: number,
  random: Random,
  act: (id: number) => void,
): void {
  shuffleForward(order, length, random)
  for (let i = 0; i < length; i++) act(order[i])
}

/** The forward Fisher–Yates shuffle, in a function of its own: written inline, it changed what V8
 * inlined into the loop of turns, and an SSR tick cost 12% more instructions. */
function shuffleForward(order: Int32Array, length: number, random: Random): void {
  for (let i = 0; i < length; i++) {
    const j = i + ((random() * (length - i)) | 0)
    const id = order[j]
    order[j] = order[i]
    order[i] = id
  }
}
