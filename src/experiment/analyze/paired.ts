// Paired differences between arms: runs of two arms at the same design point and replicate share
// a seed (common random numbers), so each pair's difference cancels the seed's own luck.
import type { Group } from './groups.ts'
import { type MeanSummary, meanInterval } from './mean-ci.ts'
import type { RunRecord } from './runs-table.ts'

export interface PairedDifference extends MeanSummary {
  /** The arm compared, minus the reference arm. */
  arm: string
  reference: string
  /** `n` is the number of pairs with a value on both sides. */
}

const pairKey = (run: RunRecord) => `${run.point}/${run.replicate}/${run.seed}`

/**
 * Mean of `value(arm run) − value(reference run)` over the pairs that share point, replicate and
 * seed, with its t interval (for a 0/1 value this is the difference of proportions, paired).
 */
export function pairedDifference(
  armGroup: Group,
  referenceGroup: Group,
  value: (run: RunRecord) => number,
  level?: number,
): PairedDifference {
  const reference = new Map(referenceGroup.runs.map((run) => [pairKey(run), value(run)]))
  const differences: number[] = []
  for (const run of armGroup.runs) {
    const other = reference.get(pairKey(run))
    const mine = value(run)
    if (other !== undefined && Number.isFinite(other) && Number.isFinite(mine)) differences.push(mine - other)
  }
  return { arm: armGroup.arm, reference: referenceGroup.arm, ...meanInterval(differences, level) }
}
