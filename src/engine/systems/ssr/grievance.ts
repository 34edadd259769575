// Epstein's rule A with the SSR model's grievance: hardship (raised by insecurity and crises) times
// one minus the citizen's own perceived legitimacy. Every security agent in vision (police,
// soldier, peacekeeper) counts as a cop in the citizen's estimate of the arrest risk. With police
// alone, legitimacy fixed, no insecurity and no crisis, this is exactly Model I's rule.
import { Status } from '../../core/agents.ts'
import { spread } from '../../core/field.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { arrestProbability } from '../uprising.ts'

/** Builds the decision rule: whether citizen `id` is active this turn. */
export function grievance(world: SsrWorld): (id: number) => void {
  const { rules, grid, state, now } = world
  const { status, cell, hardship, riskAversion } = world.agents
  const { legitimacy, insecurity, policeSeen, militarySeen, peacekeepersSeen, activesSeen } = state
  const { threshold } = rules
  const hardshipEffect = world.scenario.insecurity.hardshipEffect
  const selfCounted = rules.netlogoTurn ? 0 : 1
  return (id) => {
    const at = cell[id]
    const local = Math.min(insecurity[at], 1)
    const felt = Math.min(1, hardship[id] + now.crisisHardship + hardshipEffect * local)
    const wasActive = status[id] === Status.active
    const actives = 1 + activesSeen[at] - (wasActive ? selfCounted : 0)
    const enforcers = policeSeen[at] + militarySeen[at] + peacekeepersSeen[at]
    const risk = riskAversion[id] * arrestProbability(rules, enforcers, actives)
    const active = felt * (1 - legitimacy[id]) - risk > threshold
    if (active === wasActive) return
    status[id] = active ? Status.active : Status.quiet
    spread(grid, activesSeen, at, active ? 1 : -1)
  }
}
