// Mesa's placement for Model I: every cell draws on its own whether it holds a citizen (with the
// citizen density), a cop (with the cop density) or nobody, so the counts vary from seed to seed.
import type { Random } from '../../core/rng.ts'

export interface PerCellPlacement {
  readonly citizens: number
  /** The citizens' cells first (`citizens` of them), in cell order; the rest of the array is unused. */
  readonly cells: Int32Array
  /** The cops' cells, in cell order. */
  readonly cops: Int32Array
}

export function placePerCell(
  cellCount: number,
  citizenDensity: number,
  copDensity: number,
  random: Random,
): PerCellPlacement {
  const cells = new Int32Array(cellCount)
  const cops: number[] = []
  let citizens = 0
  for (let cell = 0; cell < cellCount; cell++) {
    const draw = random()
    if (draw < citizenDensity) cells[citizens++] = cell
    else if (draw < citizenDensity + copDensity) cops.push(cell)
  }
  return { citizens, cells, cops: Int32Array.from(cops) }
}
