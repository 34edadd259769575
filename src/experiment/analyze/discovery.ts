// Scenario discovery on an experiment: PRIM boxes over the numeric factors that vary, per arm,
// for runs that relapse (where relapse is common) and runs that do not (where it is rare).
import { isRelapse } from './measures.ts'
import { type PrimOptions, prim } from './prim.ts'
import type { RunTable } from './runs-table.ts'
import type { DiscoverySummary } from './summary-types.ts'

export const PRIM_DEFAULTS = { alpha: 0.05, minMass: 0.05 }

/** The boxes, or a sentence saying why there are none. */
export function discoveryOf(
  table: RunTable,
  armNames: readonly string[],
  options: PrimOptions = {},
): DiscoverySummary[] | string {
  const factors = table.factorNames.filter((name) => {
    const values = new Set(table.runs.map((run) => run.factors[name]))
    return values.size > 1 && [...values].every((value) => typeof value === 'number')
  })
  if (factors.length === 0) return 'Scenario discovery skipped: no numeric factor takes more than one value'
  const alpha = options.alpha ?? PRIM_DEFAULTS.alpha
  const minMass = options.minMass ?? PRIM_DEFAULTS.minMass
  const results: DiscoverySummary[] = []
  for (const arm of armNames) {
    const runs = table.runs.filter((run) => run.arm === arm && isRelapse(run) !== null)
    const x = runs.map((run) => factors.map((name) => run.factors[name] as number))
    const relapsed = runs.map((run) => isRelapse(run) === true)
    for (const target of ['relapse-common', 'relapse-rare'] as const) {
      const y = target === 'relapse-common' ? relapsed : relapsed.map((hit) => !hit)
      if (!y.some(Boolean)) continue
      const result = prim(x, y, factors, { ...options, alpha, minMass })
      results.push({
        arm,
        target,
        factorNames: factors,
        alpha,
        minMass,
        box: result.box,
        chosen: result.chosen,
        trajectory: result.trajectory.map(({ coverage, density, mass, n, restricted }) => ({
          coverage,
          density,
          mass,
          n,
          restricted,
        })),
      })
    }
  }
  return results
}
