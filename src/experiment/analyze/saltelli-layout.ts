// Finds the A, B and A_B^i blocks of a Saltelli design from its points, whichever order the
// design wrote them in, by checking the defining property: A_B^i is A with column i from B.

export interface SaltelliLayout {
  /** Base sample size N. */
  n: number
  /** Point indices of A, B and each A_B^i (one array of N per factor). */
  a: number[]
  b: number[]
  ab: number[][]
  /** Name of the order the points were found in. */
  order: 'interleaved' | 'blocks' | 'blocks-b-last'
}

type Point = readonly (number | string)[]

const range = (start: number, count: number, stride = 1) =>
  Array.from({ length: count }, (_, j) => start + j * stride)

/** The candidate orders for N base samples and k factors. */
function candidates(n: number, k: number): SaltelliLayout[] {
  const stride = k + 2
  return [
    // SALib's order: for each j, A_j, A_B^1_j … A_B^k_j, B_j.
    {
      n,
      order: 'interleaved',
      a: range(0, n, stride),
      ab: range(1, k).map((i) => range(i, n, stride)),
      b: range(k + 1, n, stride),
    },
    { n, order: 'blocks', a: range(0, n), b: range(n, n), ab: range(0, k).map((i) => range((2 + i) * n, n)) },
    {
      n,
      order: 'blocks-b-last',
      a: range(0, n),
      ab: range(0, k).map((i) => range((1 + i) * n, n)),
      b: range((k + 1) * n, n),
    },
  ]
}

function fits(layout: SaltelliLayout, points: readonly Point[], k: number): boolean {
  for (let j = 0; j < layout.n; j++) {
    const a = points[layout.a[j]]
    const b = points[layout.b[j]]
    for (let i = 0; i < k; i++) {
      const ab = points[layout.ab[i][j]]
      for (let m = 0; m < k; m++) if (ab[m] !== (m === i ? b[m] : a[m])) return false
    }
  }
  return true
}

/** The layout of `points` (N·(k+2) rows of k factor values), or null when none fits. */
export function findSaltelliLayout(points: readonly Point[], k: number): SaltelliLayout | null {
  if (k === 0 || points.length % (k + 2) !== 0) return null
  const n = points.length / (k + 2)
  return candidates(n, k).find((layout) => fits(layout, points, k)) ?? null
}
