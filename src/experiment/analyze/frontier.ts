// Relapse probability over two factors, per arm: the data of the frontier heat map. A factor
// with many distinct values (a sampled design) is cut into equal-width bins.
import { extent } from 'd3'
import { isRelapse } from './measures.ts'
import type { RunRecord } from './runs-table.ts'
import type { FrontierCell, FrontierSummary } from './summary-types.ts'
import { wilsonInterval } from './wilson.ts'

/** Up to this many distinct values a factor keeps its own levels; beyond, it is binned. */
export const MAX_LEVELS = 12
export const BINS = 8

type Level = (value: number | string) => number | string

function levelsOf(runs: readonly RunRecord[], factor: string): { level: Level; binned: boolean } {
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

const compare = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))

/** The heat map data for factors `xFactor` and `yFactor`, one grid per arm (arms in `armNames` order). */
export function frontierOf(
  runs: readonly RunRecord[],
  xFactor: string,
  yFactor: string,
  armNames: readonly string[],
): FrontierSummary {
  const x = levelsOf(runs, xFactor)
  const y = levelsOf(runs, yFactor)
  const arms = armNames.map((arm) => {
    const counts = new Map<string, { x: number | string; y: number | string; hits: number; n: number }>()
    for (const run of runs) {
      const relapse = isRelapse(run)
      if (run.arm !== arm || relapse === null) continue
      const cell = { x: x.level(run.factors[xFactor]), y: y.level(run.factors[yFactor]) }
      const key = JSON.stringify([cell.x, cell.y])
      const count = counts.get(key) ?? { ...cell, hits: 0, n: 0 }
      count.n++
      if (relapse) count.hits++
      counts.set(key, count)
    }
    const cells: FrontierCell[] = [...counts.values()]
      .sort((a, b) => compare(a.y, b.y) || compare(a.x, b.x))
      .map((count) => ({ x: count.x, y: count.y, relapse: wilsonInterval(count.hits, count.n) }))
    return { arm, cells }
  })
  return { xFactor, yFactor, binned: { x: x.binned, y: y.binned }, arms }
}
