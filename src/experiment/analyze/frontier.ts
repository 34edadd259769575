// Relapse probability over two factors, per arm: the data of the frontier heat map. A factor
// with many distinct values (a sampled design) is cut into equal-width bins (factor-levels.ts).
import { factorLevels } from './factor-levels.ts'
import { isRelapse } from './measures.ts'
import type { RunRecord } from './runs-table.ts'
import type { FrontierCell, FrontierSummary } from './summary-types.ts'
import { wilsonInterval } from './wilson.ts'

const compare = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))

/** The heat map data for factors `xFactor` and `yFactor`, one grid per arm (arms in `armNames` order). */
export function frontierOf(
  runs: readonly RunRecord[],
  xFactor: string,
  yFactor: string,
  armNames: readonly string[],
  sampled = false,
): FrontierSummary {
  const x = factorLevels(runs, xFactor, sampled)
  const y = factorLevels(runs, yFactor, sampled)
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
  return {
    xFactor,
    yFactor,
    binned: { x: x.binned, y: y.binned },
    levels: { x: x.levels, y: y.levels },
    arms,
  }
}
