// A Saltelli sample for tests: A and B from a 2k-dimensional R_d low-discrepancy sequence
// (Roberts 2018, additive recurrence on the generalised golden ratio), laid out as SALib does.

/** The generalised golden ratio for d dimensions: the positive root of x^(d+1) = x + 1. */
function goldenRatio(d: number): number {
  let x = 2
  for (let i = 0; i < 50; i++) x = (1 + x) ** (1 / (d + 1))
  return x
}

/** N·(k+2) points in [0,1]^k: for each j, A_j, A_B^1_j … A_B^k_j, B_j. */
export function saltelliSample(n: number, k: number): number[][] {
  const phi = goldenRatio(2 * k)
  const alpha = Array.from({ length: 2 * k }, (_, i) => (1 / phi) ** (i + 1) % 1)
  const points: number[][] = []
  for (let j = 1; j <= n; j++) {
    const u = alpha.map((step) => (0.5 + j * step) % 1)
    const a = u.slice(0, k)
    const b = u.slice(k)
    points.push(a)
    for (let i = 0; i < k; i++) points.push(a.map((value, m) => (m === i ? b[m] : value)))
    points.push(b)
  }
  return points
}
