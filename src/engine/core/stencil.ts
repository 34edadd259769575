// Vision stencils: the set of cell offsets an agent sees, stored as one horizontal run per row so
// that counting and spreading over a neighbourhood is a few contiguous loops.

export type Neighbourhood = 'moore' | 'von-neumann' | 'disc' | 'axes'

export interface Stencil {
  readonly shape: Neighbourhood
  /** The vision radius as given (may be fractional, e.g. 1.7). */
  readonly vision: number
  /** Largest whole offset reached in any direction. */
  readonly reach: number
  /** Vertical offset of each row, top to bottom. */
  readonly rowOffset: Int32Array
  /** Half-width of each row: the row covers dx in [-halfWidth, +halfWidth]. */
  readonly halfWidth: Int32Array
  /** Index into `dx`/`dy` of each row's first offset (its leftmost cell). */
  readonly rowFirst: Int32Array
  /** Every offset except the centre, row by row: used to sample a random cell in vision. */
  readonly dx: Int32Array
  readonly dy: Int32Array
  /** Number of cells in the stencil, centre included. */
  readonly size: number
}

/** Largest whole w ≥ 0 with (dx = w, dy) inside the shape, or -1 when the row is empty. */
function rowHalfWidth(shape: Neighbourhood, vision: number, dy: number): number {
  const ady = Math.abs(dy)
  switch (shape) {
    case 'moore':
      return Math.floor(vision)
    case 'von-neumann':
      return Math.floor(vision - ady)
    case 'axes':
      // Epstein's own vision: lattice positions north, south, east and west only.
      return dy === 0 ? Math.floor(vision) : 0
    case 'disc': {
      // Integer search instead of sqrt, so the boundary is exact: dx² + dy² ≤ vision².
      const limit = vision * vision
      if (ady * ady > limit) return -1
      let w = 0
      while ((w + 1) * (w + 1) + ady * ady <= limit) w++
      return w
    }
  }
}

export function makeStencil(shape: Neighbourhood, vision: number): Stencil {
  const reach = Math.floor(vision)
  const rows: Array<[number, number]> = []
  for (let dy = -reach; dy <= reach; dy++) {
    const w = rowHalfWidth(shape, vision, dy)
    if (w >= 0) rows.push([dy, w])
  }
  const dx: number[] = []
  const dyList: number[] = []
  const rowFirst: number[] = []
  for (const [rowDy, w] of rows) {
    rowFirst.push(dx.length)
    for (let x = -w; x <= w; x++) {
      if (x === 0 && rowDy === 0) continue
      dx.push(x)
      dyList.push(rowDy)
    }
  }
  return {
    shape,
    vision,
    reach,
    rowOffset: Int32Array.from(rows, (r) => r[0]),
    halfWidth: Int32Array.from(rows, (r) => r[1]),
    rowFirst: Int32Array.from(rowFirst),
    dx: Int32Array.from(dx),
    dy: Int32Array.from(dyList),
    size: dx.length + 1,
  }
}
