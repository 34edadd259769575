// The levels a factor is shown and grouped by: its own values when there are few (a factorial),
// else equal-width bins labelled by their midpoints (a sampled design has a new value every run).
import { extent } from 'd3'
import type { RunRecord } from './runs-table.ts'

/** Up to this many distinct values a factor keeps its own levels; beyond, it is binned. */
export const MAX_LEVELS = 12
export const BINS = 8

export interface FactorLevels {
  /** The level of a value: the value itself, or its bin's midpoint. */
  level: (value: number | string) => number | string
  binned: boolean
}

export function factorLevels(runs: readonly RunRecord[], factor: string): FactorLevels {
  const values = [...new Set(runs.map((run) => run.factors[factor]))]
  const numeric = values.every((value) => typeof value === 'number')
  if (values.length <= MAX_LEVELS || !numeric) return { level: (value) => value, binned: false }
  const [low, high] = extent(values as number[]) as [number, number]
  const width = (high - low) / BINS
  return {
    binned: true,
    level: (value) => {
      const bin = Math.min(BINS - 1, Math.floor(((value as number) - low) / width))
      return low + (bin + 0.5) * width
    },
  }
}
