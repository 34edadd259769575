// Interval estimates for the validation tests' effect sizes: Wilson score intervals for shares and
// a seeded paired bootstrap for differences of means over replicates (the same seeds in both arms).
import seedrandom from 'seedrandom'

const Z95 = 1.959963984540054

/** 95% Wilson score interval for `successes` out of `n`. */
export function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [0, 1]
  const p = successes / n
  const z2 = Z95 * Z95
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n)
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n)
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** 95% percentile interval of mean(a − b) over paired replicates, from 2000 seeded resamples. */
export function pairedBootstrap(
  a: readonly number[],
  b: readonly number[],
  seed = 'bootstrap',
): [number, number] {
  const n = a.length
  const random = seedrandom.alea(seed)
  const means: number[] = []
  for (let r = 0; r < 2000; r++) {
    let total = 0
    for (let i = 0; i < n; i++) {
      const j = (random() * n) | 0
      total += a[j] - b[j]
    }
    means.push(total / n)
  }
  means.sort((x, y) => x - y)
  return [means[49], means[1949]]
}

export const formatInterval = ([low, high]: readonly [number, number], digits = 2) =>
  `[${low.toFixed(digits)}, ${high.toFixed(digits)}]`
