// Districts: the grid cut into a columns × rows layout of blocks, listed row by row. Each cell
// knows its district; each district knows its cells and its neighbours.
import type { Grid } from './grid.ts'

export interface Districts {
  readonly count: number
  readonly names: readonly string[]
  /** District index of each cell. */
  readonly of: Uint8Array
  /** The cells of each district, in cell order. */
  readonly cells: readonly Int32Array[]
  /** For each pair (a, b), 1 when the two districts share an edge. Index a * count + b. */
  readonly adjacent: Uint8Array
}

export function makeDistricts(
  grid: Grid,
  columns: number,
  rows: number,
  names: readonly string[],
): Districts {
  const count = columns * rows
  const of = new Uint8Array(grid.cellCount)
  const lists: number[][] = Array.from({ length: count }, () => [])
  for (let cell = 0; cell < grid.cellCount; cell++) {
    const column = Math.min(columns - 1, Math.floor((grid.cellX[cell] * columns) / grid.width))
    const row = Math.min(rows - 1, Math.floor((grid.cellY[cell] * rows) / grid.height))
    const district = row * columns + column
    of[cell] = district
    lists[district].push(cell)
  }
  const adjacent = new Uint8Array(count * count)
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      const dx = Math.abs((a % columns) - (b % columns))
      const dy = Math.abs(Math.floor(a / columns) - Math.floor(b / columns))
      adjacent[a * count + b] = dx + dy === 1 ? 1 : 0
    }
  }
  return { count, names, of, cells: lists.map((list) => Int32Array.from(list)), adjacent }
}
