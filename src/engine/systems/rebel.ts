// Epstein's rule A: a citizen turns active when grievance exceeds net risk by more than the
// threshold. Grievance = hardship × (1 − legitimacy); net risk = risk aversion × estimated
// arrest probability, from the enforcers and fellow actives it sees.
import { Status } from '../core/agents.ts'
import type { CountField } from '../core/field.ts'
import { activeTurns } from './active-cells.ts'
import { Ratio, roundHalfEven, type Uprising, wholeRatio } from './uprising.ts'

/** Builds the rule for `world`: a function deciding whether citizen `id` is active this turn. */
export function rebellion(world: Uprising): (id: number) => void {
  const { agents, rules, group, enforcersSeen, activesSeen, activeUpTo } = world
  const { status, cell, hardship, riskAversion } = agents
  const { ratio, threshold, arrestConstant } = rules
  // Actives in vision count the agent itself once (Mesa: 1 + others); NetLogo's "1 + actives within
  // radius" counts an already-active agent twice, since its own patch is within its radius.
  const selfCounted = rules.activeCountsTwice ? 0 : 1

  const settle = (id: number, cellId: number, seen: CountField, wasActive: boolean, active: boolean) => {
    if (active === wasActive) return
    status[id] = active ? Status.active : Status.quiet
    activeTurns(world, seen, cellId, active)
  }

  if (rules.activesOfAllGroups) return rebellionSeeingAllGroups(world, selfCounted)

  if (ratio === Ratio.literal) {
    return (id) => {
      const at = cell[id]
      const seen = activesSeen[group[id]]
      const wasActive = status[id] === Status.active
      const actives = 1 + seen[at] - (wasActive ? selfCounted : 0)
      const risk = riskAversion[id] * (1 - Math.exp((-arrestConstant * enforcersSeen[at]) / actives))
      const active = hardship[id] * (1 - world.legitimacy) - risk > threshold
      settle(id, at, seen, wasActive, active)
    }
  }

  const rounded = ratio === Ratio.rounded
  return (id) => {
    const limit = activeUpTo[id]
    const wasActive = status[id] === Status.active
    // A citizen that is active at no ratio needs no look around (most are, at high legitimacy).
    if (limit < 0 && !wasActive) return
    const at = cell[id]
    const seen = activesSeen[group[id]]
    let active = false
    if (limit >= 0) {
      const actives = 1 + seen[at] - (wasActive ? selfCounted : 0)
      const enforcers = enforcersSeen[at]
      active = (rounded ? roundHalfEven(enforcers, actives) : Math.floor(enforcers / actives)) <= limit
    }
    settle(id, at, seen, wasActive, active)
  }
}

/**
 * The rule when A counts the actives of every group (Model II as the replication reads it): the
 * same decision with the groups' in-vision counts summed. Kept apart so the usual rule stays lean.
 */
function rebellionSeeingAllGroups(world: Uprising, selfCounted: number): (id: number) => void {
  const { agents, rules, group, enforcersSeen, activesSeen } = world
  const { status, cell, hardship, riskAversion } = agents
  const { ratio, threshold } = rules
  return (id) => {
    const at = cell[id]
    const wasActive = status[id] === Status.active
    let seen = 0
    for (let g = 0; g < activesSeen.length; g++) seen += activesSeen[g][at]
    const actives = 1 + seen - (wasActive ? selfCounted : 0)
    const probability =
      ratio === Ratio.literal
        ? 1 - Math.exp((-rules.arrestConstant * enforcersSeen[at]) / actives)
        : rules.arrestProbabilityByRatio[wholeRatio(rules, enforcersSeen[at], actives)]
    const active = hardship[id] * (1 - world.legitimacy) - riskAversion[id] * probability > threshold
    if (active === wasActive) return
    status[id] = active ? Status.active : Status.quiet
    activeTurns(world, activesSeen[group[id]], at, active)
  }
}
