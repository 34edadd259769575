// Epstein's rule A with the SSR model's grievance: hardship (raised by insecurity and crises) times
// one minus the citizen's own perceived legitimacy. Every security agent in vision (police, soldier,
// peacekeeper) counts as a cop in the citizen's estimate of the arrest risk: presence deters, while
// capacity decides how many actives the police actually arrest. With police alone, legitimacy
// fixed, no insecurity and no crisis, this is exactly Model I's rule. An active citizen may also
// riot: violence that marks the insecurity field.
import { Status } from '../../core/agents.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { activeTurns } from '../active-cells.ts'
import { arrestProbability } from '../uprising.ts'
import { markInsecurity } from './insecurity.ts'

/** Builds the decision rule: whether citizen `id` is active this turn. */
export function grievance(world: SsrWorld): (id: number) => void {
  const { rules, state, now } = world
  const { status, cell, hardship, riskAversion } = world.agents
  const { legitimacy, insecurity, policeSeen, militarySeen, peacekeepersSeen, activesSeen } = state
  const { threshold } = rules
  const hardshipEffect = world.scenario.insecurity.hardshipEffect
  const selfCounted = rules.netlogoTurn ? 0 : 1
  const { riotRate } = world.scenario.citizens
  const perRiot = world.scenario.insecurity.perRiot
  const riots = world.rand.riots
  const riot = (at: number) => {
    state.tally[Tally.riots]++
    state.districtTally[world.districts.of[at] * DISTRICT_TALLY_SIZE + DistrictTally.riots]++
    markInsecurity(world, at, perRiot)
  }
  return (id) => {
    const at = cell[id]
    const local = Math.min(insecurity[at], 1)
    const felt = Math.min(1, hardship[id] + now.crisisHardship + hardshipEffect * local)
    const wasActive = status[id] === Status.active
    const grievance = felt * (1 - legitimacy[id])
    // Net risk is never negative, so a grievance at or below the threshold settles it: most
    // citizens, most of the time, and the risk need not be estimated.
    let active = false
    if (grievance > threshold) {
      const actives = 1 + activesSeen[at] - (wasActive ? selfCounted : 0)
      const enforcers = policeSeen[at] + militarySeen[at] + peacekeepersSeen[at]
      active = grievance - riskAversion[id] * arrestProbability(rules, enforcers, actives) > threshold
    }
    if (active !== wasActive) {
      status[id] = active ? Status.active : Status.quiet
      activeTurns(world, activesSeen, at, active)
    }
    if (active && riotRate > 0 && riots() < riotRate) riot(at)
  }
}
