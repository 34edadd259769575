// The census at the end of each tick: one pass over every agent that yields the tick's
// observation sums, the force counts the next deployment starts from, peacekeepers per district,
// and the district means the next tick reads: the able and lawful presence of each force (for
// citizens' trust targets and spoilers' deterrence) and how far each district's citizens trust
// the state (for demobilisation and the event log).
import { Kind, Status } from '../../core/agents.ts'
import { capacityOf } from '../../systems/ssr/capacity.ts'
import type { Conduct } from '../../systems/ssr/conduct.ts'
import type { SsrWorld } from './world.ts'

/** Sums over all agents, by index into `SsrWorld.sums`. */
export const Sum = {
  citizens: 0,
  free: 1,
  active: 2,
  jailed: 3,
  members: 4,
  legitimacy: 5,
  trustPolice: 6,
  trustMilitary: 7,
  trustPeacekeepers: 8,
  police: 9,
  policeCapacity: 10,
  policeOwned: 11,
  policeIntegrity: 12,
  military: 13,
  militaryCapacity: 14,
  militaryOwned: 15,
  militaryIntegrity: 16,
  peacekeepers: 17,
  spoilers: 18,
} as const
export const SUMS = 19

export function census(world: SsrWorld, conduct: Conduct): void {
  const { agents, means, state, districts, sums } = world
  const { alive, kind, status, cell } = agents
  const { cso, legitimacy, capacityOwned, integrity, home } = state
  const { trust } = state
  const { policeCount, militaryCount } = means
  const present = world.deployment.present
  const of = districts.of
  sums.fill(0)
  present.fill(0)
  policeCount.fill(0)
  militaryCount.fill(0)
  means.policeCapacity.fill(0)
  means.policeIntegrity.fill(0)
  means.militaryCapacity.fill(0)
  means.militaryIntegrity.fill(0)
  means.legitimacy.fill(0)
  means.trust.fill(0)
  means.citizens.fill(0)
  for (let id = 0, end = agents.end; id < end; id++) {
    if (alive[id] !== 1) continue
    const k = kind[id]
    if (k === Kind.citizen) {
      sums[Sum.citizens]++
      if (status[id] === Status.jailed) {
        sums[Sum.jailed]++
        continue
      }
      sums[Sum.free]++
      if (status[id] === Status.active) sums[Sum.active]++
      sums[Sum.members] += cso[id]
      sums[Sum.legitimacy] += legitimacy[id]
      const police = trust[3 * id]
      const military = trust[3 * id + 1]
      const peacekeepers = trust[3 * id + 2]
      sums[Sum.trustPolice] += police
      sums[Sum.trustMilitary] += military
      sums[Sum.trustPeacekeepers] += peacekeepers
      const d = of[cell[id]]
      means.citizens[d]++
      means.legitimacy[d] += legitimacy[id]
      means.trust[d * 3] += police
      means.trust[d * 3 + 1] += military
      means.trust[d * 3 + 2] += peacekeepers
    } else if (k === Kind.police || k === Kind.military) {
      const capacity = capacityOf(world, id)
      const d = of[cell[id]]
      if (k === Kind.police) {
        sums[Sum.police]++
        sums[Sum.policeCapacity] += capacity
        sums[Sum.policeOwned] += capacityOwned[id]
        sums[Sum.policeIntegrity] += integrity[id]
        policeCount[d]++
        means.policeCapacity[d] += capacity
        means.policeIntegrity[d] += conduct.lawful(id)
      } else {
        sums[Sum.military]++
        sums[Sum.militaryCapacity] += capacity
        sums[Sum.militaryOwned] += capacityOwned[id]
        sums[Sum.militaryIntegrity] += integrity[id]
        militaryCount[d]++
        means.militaryCapacity[d] += capacity
        means.militaryIntegrity[d] += conduct.lawful(id)
      }
    } else if (k === Kind.peacekeeper) {
      sums[Sum.peacekeepers]++
      present[home[id]]++
    } else {
      sums[Sum.spoilers]++
    }
  }
  for (let d = 0; d < districts.count; d++) {
    if (policeCount[d] > 0) {
      means.policeCapacity[d] /= policeCount[d]
      means.policeIntegrity[d] /= policeCount[d]
    }
    if (militaryCount[d] > 0) {
      means.militaryCapacity[d] /= militaryCount[d]
      means.militaryIntegrity[d] /= militaryCount[d]
    }
    const n = means.citizens[d]
    if (n > 0) {
      means.legitimacy[d] /= n
      for (let f = 0; f < 3; f++) means.trust[d * 3 + f] /= n
    }
  }
  state.police = sums[Sum.police]
  state.military = sums[Sum.military]
  state.peacekeepers = sums[Sum.peacekeepers]
}
