// PRIM scenario discovery (Friedman & Fisher 1999): peel a box around the runs where a target
// (say, relapse) is dense, alpha of the points at a time, then paste back what raises the density.
import { bisectLeft, bisectRight, max, min } from 'd3'

export interface PrimOptions {
  /** Share of the box's points removed per peel (default 0.05). */
  alpha?: number
  /** Peeling stops before the box holds fewer than this share of all points (default 0.05). */
  minMass?: number
  /** Paste the chosen box (default true). */
  paste?: boolean
}

export interface PrimBox {
  /** Per factor, [lowest, highest] value inside the box; factors not restricted keep their full range. */
  limits: [number, number][]
  /** Names of the factors whose range the box narrows. */
  restricted: string[]
  /** Share of all hits that fall in the box. */
  coverage: number
  /** Share of the box's points that are hits. */
  density: number
  /** Share of all points in the box. */
  mass: number
  n: number
  hits: number
}

export interface PrimResult {
  factorNames: string[]
  /** Every box from the whole space to the last peel. */
  trajectory: PrimBox[]
  /** Index in `trajectory` of the chosen box (before pasting): the largest mass × (density − overall density). */
  chosen: number
  /** The chosen box after pasting (equal to it when pasting adds nothing). */
  box: PrimBox
}

function inside(row: readonly number[], limits: readonly [number, number][]): boolean {
  for (let d = 0; d < limits.length; d++) if (row[d] < limits[d][0] || row[d] > limits[d][1]) return false
  return true
}

/** The box of `limits`; `among` (row indices) must hold every row inside it (default: all rows). */
function boxOf(
  x: readonly (readonly number[])[],
  y: readonly boolean[],
  limits: [number, number][],
  full: readonly [number, number][],
  factorNames: readonly string[],
  totalHits: number,
  among?: readonly number[],
): PrimBox {
  let n = 0
  let hits = 0
  const count = (i: number) => {
    if (inside(x[i], limits)) {
      n++
      if (y[i]) hits++
    }
  }
  if (among) for (const i of among) count(i)
  else for (let i = 0; i < x.length; i++) count(i)
  const restricted = factorNames.filter((_, d) => limits[d][0] > full[d][0] || limits[d][1] < full[d][1])
  return {
    limits,
    restricted,
    coverage: totalHits > 0 ? hits / totalHits : Number.NaN,
    density: n > 0 ? hits / n : Number.NaN,
    mass: n / x.length,
    n,
    hits,
  }
}

/** The p-quantile of sorted values, interpolated as d3.quantile and R's type 7 do. */
function quantileOfSorted(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below)
}

/** The limits after peeling the lowest or highest `alpha` of the box's values of factor d, or null. */
function peeled(
  sorted: Float64Array,
  limits: [number, number][],
  d: number,
  side: 'low' | 'high',
  alpha: number,
): [number, number][] | null {
  const cut = quantileOfSorted(sorted, side === 'low' ? alpha : 1 - alpha)
  // Ties (a factorial level) go together: every value at or beyond the cut leaves the box.
  const keptFrom = side === 'low' ? bisectRight(sorted, cut) : 0
  const keptTo = side === 'low' ? sorted.length : bisectLeft(sorted, cut)
  if (keptTo - keptFrom === 0 || keptTo - keptFrom === sorted.length) return null
  const next = limits.map((limit) => [...limit] as [number, number])
  if (side === 'low') next[d][0] = sorted[keptFrom]
  else next[d][1] = sorted[keptTo - 1]
  return next
}

/** PRIM on runs `x` (one row of factor values each) with `y` true for a hit. */
export function prim(
  x: readonly (readonly number[])[],
  y: readonly boolean[],
  factorNames: readonly string[],
  options: PrimOptions = {},
): PrimResult {
  const alpha = options.alpha ?? 0.05
  const minMass = options.minMass ?? 0.05
  const totalHits = y.filter(Boolean).length
  const full = factorNames.map((_, d) => {
    const column = x.map((row) => row[d])
    return [min(column)!, max(column)!] as [number, number]
  })
  const make = (limits: [number, number][], among?: readonly number[]) =>
    boxOf(x, y, limits, full, factorNames, totalHits, among)
  const trajectory = [make(full.map((limit) => [...limit] as [number, number]))]
  // Each factor's rows sorted once; a step reads the box's values in order from them (sorting
  // at every step cost most of the time).
  const orders = factorNames.map((_, d) => Uint32Array.from(x.keys()).sort((a, b) => x[a][d] - x[b][d]))
  const inBox = new Uint8Array(x.length)
  for (;;) {
    const current = trajectory[trajectory.length - 1]
    if (current.density === 1) break
    // A peel only shrinks the box: its candidates need counting over the current rows alone.
    const rows = x.flatMap((row, i) => (inside(row, current.limits) ? [i] : []))
    inBox.fill(0)
    for (const i of rows) inBox[i] = 1
    let best: PrimBox | null = null
    factorNames.forEach((_, d) => {
      const values = new Float64Array(rows.length)
      let filled = 0
      for (const i of orders[d]) if (inBox[i]) values[filled++] = x[i][d]
      for (const side of ['low', 'high'] as const) {
        const limits = peeled(values, current.limits, d, side, alpha)
        if (limits === null) continue
        const box = make(limits, rows)
        if (box.mass < minMass) continue
        if (
          best === null ||
          box.density > best.density ||
          (box.density === best.density && box.mass > best.mass)
        )
          best = box
      }
    })
    if (best === null) break
    trajectory.push(best)
  }
  const chosen = choose(trajectory)
  const box = options.paste === false ? trajectory[chosen] : paste(x, trajectory[chosen], alpha, make)
  return { factorNames: [...factorNames], trajectory, chosen, box }
}

/**
 * The box of largest weighted relative accuracy, mass × (density − overall density) (Lavrač et
 * al. 1999): the hits it holds beyond what chance would put there. Peeling past the true box
 * trades many hits for density gains that are mostly noise, so this stops near the knee.
 */
function choose(trajectory: readonly PrimBox[]): number {
  const base = trajectory[0].density
  const accuracy = (box: PrimBox) => box.mass * (box.density - base)
  let chosen = 0
  trajectory.forEach((box, i) => {
    if (accuracy(box) > accuracy(trajectory[chosen])) chosen = i
  })
  return chosen
}

/** Widens one limit at a time by about alpha of the box's points while that raises the density. */
function paste(
  x: readonly (readonly number[])[],
  start: PrimBox,
  alpha: number,
  make: (limits: [number, number][], among?: readonly number[]) => PrimBox,
): PrimBox {
  let box = start
  for (;;) {
    let best: PrimBox | null = null
    const step = Math.max(1, Math.round(alpha * box.n))
    box.limits.forEach((_, d) => {
      // The slab: rows within every limit but d's. Candidates are its rows outside along d, nearest first.
      const slab = x.flatMap((row, i) => {
        for (let m = 0; m < row.length; m++) {
          if (m !== d && (row[m] < box.limits[m][0] || row[m] > box.limits[m][1])) return []
        }
        return [i]
      })
      const below = slab.map((i) => x[i][d]).filter((value) => value < box.limits[d][0])
      const above = slab.map((i) => x[i][d]).filter((value) => value > box.limits[d][1])
      below.sort((a, b) => b - a)
      above.sort((a, b) => a - b)
      for (const [side, values] of [
        [0, below],
        [1, above],
      ] as const) {
        if (values.length === 0) continue
        const limits = box.limits.map((limit) => [...limit] as [number, number])
        limits[d][side] = values[Math.min(step, values.length) - 1]
        const candidate = make(limits, slab)
        if (candidate.density > (best ?? box).density) best = candidate
      }
    })
    if (best === null) return box
    box = best
  }
}
