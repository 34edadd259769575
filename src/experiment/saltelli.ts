// Saltelli's sampling for Sobol indices: n base samples give n(k + 2) points in the layout below,
// so that the analysis can rebuild the matrices A, B and A_B^(i) from point indices alone.
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from './sobol.ts'

/**
 * Which matrix a design point belongs to: 'A', 'B', or the factor index i (0-based) of A_B^(i),
 * the matrix A with column i taken from B.
 */
export type SaltelliBlock = 'A' | 'B' | number

export interface SaltelliRow {
  block: SaltelliBlock
  /** The base sample j, 0 … n − 1: row j of A, B and every A_B^(i). */
  sample: number
}

/**
 * The layout, sample-major as in SALib: for each sample j the k + 2 points
 * `A_j, A_B^(0)_j, …, A_B^(k−1)_j, B_j`, so point p = j·(k + 2) + r holds block
 * r = 0 → 'A', r = 1 … k → factor r − 1, r = k + 1 → 'B'.
 */
export function saltelliLayout(n: number, k: number): SaltelliRow[] {
  const rows: SaltelliRow[] = []
  for (let sample = 0; sample < n; sample++) {
    rows.push({ block: 'A', sample })
    for (let i = 0; i < k; i++) rows.push({ block: i, sample })
    rows.push({ block: 'B', sample })
  }
  return rows
}

/** The design point index of `block` for sample j: the inverse of saltelliLayout. */
export function saltelliPointIndex(block: SaltelliBlock, sample: number, k: number): number {
  const r = block === 'A' ? 0 : block === 'B' ? k + 1 : block + 1
  return sample * (k + 2) + r
}

/** The largest number of factors a Saltelli design can take: A and B use 2k Sobol dimensions. */
export const SALTELLI_MAX_FACTORS = SOBOL_MAX_DIMENSIONS / 2

/**
 * Points in the unit cube [0, 1)^k, n(k + 2) of them in saltelliLayout's order. A_j is the first k
 * coordinates and B_j the last k of Sobol point j + 1 of dimension 2k (the origin is skipped).
 */
export function saltelliUnitPoints(n: number, k: number): number[][] {
  if (k < 1 || k > SALTELLI_MAX_FACTORS)
    throw new RangeError(`a Saltelli design takes 1 to ${SALTELLI_MAX_FACTORS} factors`)
  const base = sobolPoints(n, 2 * k)
  const points: number[][] = []
  for (const row of base) {
    const a = row.slice(0, k)
    const b = row.slice(k)
    points.push(a)
    for (let i = 0; i < k; i++) points.push(a.map((value, column) => (column === i ? b[i] : value)))
    points.push(b)
  }
  return points
}
