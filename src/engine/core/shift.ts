// Moving an agent's contribution to an in-vision count field. Only the cells that the old and
// the new stencil do not share change, so for each possible step (a stencil offset) we precompute
// the horizontal runs of that difference once: a move then touches about 100 counters instead of
// 226 for a radius-7 diamond, with no per-row geometry in the hot loop.
import type { CountField } from './field.ts'
import { type Grid, insideTwiceReach } from './grid.ts'

export interface ShiftTable {
  /** Runs of offset k are start[k] .. start[k + 1] − 1. */
  readonly start: Int32Array
  /** Each run: row offset, first and last column offset (from the old centre), and +1 or −1. */
  readonly dy: Int32Array
  readonly xFrom: Int32Array
  readonly xTo: Int32Array
  readonly sign: Int32Array
  /** dy * width + xFrom and the run length, for cells far enough from every edge. */
  readonly linear: Int32Array
  readonly length: Int32Array
}

/** Tables already built, by stencil and grid width. A table depends on nothing else and is never
 * written after it is built, so every world of that geometry shares one: building it takes 7 to
 * 30 ms, a sixth of a short batch run. Kept small: a process meets few geometries. */
const built = new Map<string, ShiftTable>()
const KEPT = 16

/** The shift table of `grid`'s stencil and width (built once per geometry in a process). */
export function makeShiftTable(grid: Grid): ShiftTable {
  const key = `${grid.stencil.shape}:${grid.stencil.vision}:${grid.width}`
  const known = built.get(key)
  if (known) return known
  const table = buildShiftTable(grid)
  if (built.size >= KEPT) built.delete(built.keys().next().value as string)
  built.set(key, table)
  return table
}

function buildShiftTable(grid: Grid): ShiftTable {
  const { stencil, width } = grid
  const { reach } = stencil
  const halfWidthAt = new Int32Array(2 * reach + 1).fill(-1)
  stencil.rowOffset.forEach((dy, row) => {
    halfWidthAt[dy + reach] = stencil.halfWidth[row]
  })
  const inside = (x: number, y: number) => Math.abs(y) <= reach && Math.abs(x) <= halfWidthAt[y + reach]
  const runs: number[][] = []
  const start: number[] = []
  for (let k = 0; k < stencil.dx.length; k++) {
    start.push(runs.length)
    const stepX = stencil.dx[k]
    const stepY = stencil.dy[k]
    for (let y = Math.min(0, stepY) - reach; y <= Math.max(0, stepY) + reach; y++) {
      const change = (x: number) => (inside(x - stepX, y - stepY) ? 1 : 0) - (inside(x, y) ? 1 : 0)
      for (let x = -2 * reach - 1; x <= 2 * reach + 1; ) {
        const sign = change(x)
        if (sign === 0) {
          x++
          continue
        }
        let last = x
        while (last < 2 * reach + 1 && change(last + 1) === sign) last++
        runs.push([y, x, last, sign])
        x = last + 1
      }
    }
  }
  start.push(runs.length)
  return {
    start: Int32Array.from(start),
    dy: Int32Array.from(runs, (r) => r[0]),
    xFrom: Int32Array.from(runs, (r) => r[1]),
    xTo: Int32Array.from(runs, (r) => r[2]),
    sign: Int32Array.from(runs, (r) => r[3]),
    linear: Int32Array.from(runs, (r) => r[0] * width + r[1]),
    length: Int32Array.from(runs, (r) => r[2] - r[1] + 1),
  }
}

/** Moves one tracked agent's contribution from `from` to the cell at stencil offset `k` from it. */
export function shiftField(grid: Grid, table: ShiftTable, field: CountField, from: number, k: number): void {
  const first = table.start[k]
  const end = table.start[k + 1]
  if (insideTwiceReach(grid, from)) {
    const { linear, length, sign } = table
    for (let run = first; run < end; run++) {
      const delta = sign[run]
      for (let i = from + linear[run], stop = i + length[run]; i < stop; i++) field[i] += delta
    }
    return
  }
  const { width, height, torus } = grid
  const x0 = grid.cellX[from]
  const y0 = grid.cellY[from]
  for (let run = first; run < end; run++) {
    let y = y0 + table.dy[run]
    if (y < 0 || y >= height) {
      if (!torus) continue
      y = y < 0 ? y + height : y - height
    }
    const base = y * width
    const delta = table.sign[run]
    // The run clipped to the row once, not column by column; on a torus its parts beyond either
    // edge wrap (a run is never wider than the grid, so at most one part does).
    let x = x0 + table.xFrom[run]
    let last = x0 + table.xTo[run]
    if (x < 0) {
      if (torus)
        for (let i = base + x + width, stop = base + Math.min(last, -1) + width; i <= stop; i++)
          field[i] += delta
      x = 0
    }
    if (last >= width) {
      if (torus)
        for (let i = base + Math.max(x, width) - width, stop = base + last - width; i <= stop; i++)
          field[i] += delta
      last = width - 1
    }
    for (let i = base + x, stop = base + last; i <= stop; i++) field[i] += delta
  }
}
