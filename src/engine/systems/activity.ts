// Epstein's activation rule solved once per legitimacy level: with a whole-number ratio C/A, a
// citizen is active exactly when that ratio is at most some limit of its own. Computing the limit
// when legitimacy changes lets each turn compare two integers instead of redoing the arithmetic;
// the limit comes from the very expression `rebel` would evaluate, so the decisions are identical.
import { Kind } from '../core/agents.ts'
import { Ratio, type Uprising } from './uprising.ts'

/** Per-citizen limits: one byte while every limit (at most the stencil's cells + 1) fits in one. */
export type ActivityLimits = Int8Array | Int16Array

/** An array for the activity limits of `capacity` citizens under a stencil of `stencilSize` cells. */
export function activityLimits(capacity: number, stencilSize: number): ActivityLimits {
  return stencilSize + 1 <= 127 ? new Int8Array(capacity) : new Int16Array(capacity)
}

/** True when the citizen is active at whole ratio `ratio` (Epstein: G − R·P > T). */
function activeAt(world: Uprising, id: number, ratio: number, legitimacy: number): boolean {
  const { agents, rules } = world
  const grievance = agents.hardship[id] * (1 - legitimacy)
  return grievance - agents.riskAversion[id] * rules.arrestProbabilityByRatio[ratio] > rules.threshold
}

/** The largest ratio at which citizen `id` is active, or −1. G − R·P(q) > T is monotone in q. */
export function activityLimit(world: Uprising, id: number, legitimacy: number): number {
  if (!activeAt(world, id, 0, legitimacy)) return -1
  let low = 0
  let high = world.rules.arrestProbabilityByRatio.length - 1
  if (activeAt(world, id, high, legitimacy)) return high
  while (high - low > 1) {
    const middle = (low + high) >>> 1
    if (activeAt(world, id, middle, legitimacy)) low = middle
    else high = middle
  }
  return low
}

/** Recomputes every citizen's limit when legitimacy has changed since the last call. */
export function refreshActivityLimits(world: Uprising): void {
  if (world.rules.ratio === Ratio.literal || world.limitsLegitimacy === world.legitimacy) return
  const { agents, activeUpTo, legitimacy } = world
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] === 1 && agents.kind[id] === Kind.citizen)
      activeUpTo[id] = activityLimit(world, id, legitimacy)
  }
  world.limitsLegitimacy = legitimacy
}
