// Latin hypercube sampling: n points in [0, 1)^k such that each of the n equal strata of every
// factor holds exactly one point; strata are paired by independent random permutations.
import type { Random } from '../engine/core/rng.ts'

/** A uniformly random permutation of 0 … n − 1 (Fisher–Yates). */
function permutation(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order
}

/**
 * n points of dimension k. Factor by factor (so adding a factor keeps the earlier columns): a
 * permutation assigns strata to points, then each point is placed uniformly within its stratum.
 */
export function latinHypercube(n: number, k: number, random: Random): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(k))
  for (let factor = 0; factor < k; factor++) {
    const strata = permutation(n, random)
    for (let point = 0; point < n; point++) points[point][factor] = (strata[point] + random()) / n
  }
  return points
}
