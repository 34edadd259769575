// From a factor's range to its values: evenly spaced levels, and points of the unit interval
// mapped onto the range, on a linear or a logarithmic scale.

export type Scale = 'linear' | 'log'

/** The value at position u ∈ [0, 1] of [low, high]; on the log scale, evenly spaced in log(value). */
export function fromUnit(u: number, [low, high]: readonly [number, number], scale: Scale): number {
  if (u === 0) return low
  if (u === 1) return high
  if (scale === 'log') return Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)))
  return low + u * (high - low)
}

/** Twelve significant digits: 0.30000000000000004 is written 0.3 in every output. */
const tidy = (value: number) => Number(value.toPrecision(12))

/** `count` ≥ 2 levels from low to high inclusive, both ends exact. */
export function levelsOf(range: readonly [number, number], count: number, scale: Scale): number[] {
  return Array.from({ length: count }, (_, i) => tidy(fromUnit(i / (count - 1), range, scale)))
}
