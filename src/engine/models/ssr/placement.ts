// Choosing cells within one district: where peacekeepers, recruits and newcomers arrive.
import type { Random } from '../../core/rng.ts'

/** Rejection attempts before listing the district's empty cells. */
const REJECTION_ATTEMPTS = 32

/** A uniformly chosen empty cell among `cells`, or −1 when all are taken. */
export function randomEmptyCellIn(cells: Int32Array, occupant: Int32Array, random: Random): number {
  const n = cells.length
  if (n === 0) return -1
  for (let attempt = 0; attempt < REJECTION_ATTEMPTS; attempt++) {
    const cell = cells[(random() * n) | 0]
    if (occupant[cell] < 0) return cell
  }
  let empty = 0
  for (let i = 0; i < n; i++) if (occupant[cells[i]] < 0) empty++
  if (empty === 0) return -1
  let k = (random() * empty) | 0
  for (let i = 0; i < n; i++) {
    if (occupant[cells[i]] < 0 && k-- === 0) return cells[i]
  }
  return -1
}
