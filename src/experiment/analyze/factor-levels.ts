// The levels a factor is shown and grouped by: its own values when there are few (a factorial),
// else, or always for a sampled design, equal-width bins labelled by their midpoints.
import { extent } from 'd3'
import type { RunRecord } from './runs-table.ts'

/** Up to this many distinct values a factor keeps its own levels; beyond, it is binned. */
export const MAX_LEVELS = 12
export const BINS = 8

export interface FactorLevels {
  /** The level of a value: the value itself, or its bin's midpoint. */
  level: (value: number | string) => number | string
  /** Every level in order, bins without runs included. */
  levels: (number | string)[]
  binned: boolean
}

const ascending = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))

/** `sampled`: the design drew its values (Latin hypercube, Saltelli), so bin however few they are. */
export function factorLevels(runs: readonly RunRecord[], factor: string, sampled = false): FactorLevels {
  const values = [...new Set(runs.map((run) => run.factors[factor]))]
  const numeric = values.every((value) => typeof value === 'number')
  if ((values.length <= MAX_LEVELS && !sampled) || !numeric || values.length < 2) {
    return { level: (value) => value, levels: [...values].sort(ascending), binned: false }
  }
  const [low, high] = extent(values as number[]) as [number, number]
  const width = (high - low) / BINS
  // Midpoints with the fewest significant digits (2 or more) that keep the 8 apart: short labels.
  const exact = Array.from({ length: BINS }, (_, bin) => low + (bin + 0.5) * width)
  let digits = 2
  while (digits < 12 && new Set(exact.map((value) => value.toPrecision(digits))).size < BINS) digits++
  const midpoint = (bin: number) => Number(exact[bin].toPrecision(digits))
  return {
    binned: true,
    levels: Array.from({ length: BINS }, (_, bin) => midpoint(bin)),
    level: (value) => {
      const bin = Math.min(BINS - 1, Math.floor(((value as number) - low) / width))
      return midpoint(bin)
    },
  }
}
