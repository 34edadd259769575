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
  const { policeCount, militaryCount, policeCapacity, policeOwned, policeIntegrity } = means
  const { militaryCapacity, militaryIntegrity, citizens: citizensIn, trust: trustIn } = means
  const legitimacyIn = means.legitimacy
  const present = world.deployment.present
  const of = districts.of
  sums.fill(0)
  present.fill(0)
  policeCount.fill(0)
  militaryCount.fill(0)
  policeCapacity.fill(0)
  policeOwned.fill(0)
  policeIntegrity.fill(0)
  militaryCapacity.fill(0)
  militaryIntegrity.fill(0)
  legitimacyIn.fill(0)
  trustIn.fill(0)
  citizensIn.fill(0)
  // Citizens are most agents: their sums live in locals, not in the sums array, on the hot path.
  let citizens = 0
  let jailed = 0
  let active = 0
  let members = 0
  let legitimacySum = 0
  let trustPolice = 0
  let trustMilitary = 0
  let trustPeacekeepers = 0
  for (let id = 0, end = agents.end; id < end; id++) {
    if (alive[id] !== 1) continue
    const k = kind[id]
    if (k === Kind.citizen) {
      citizens++
      const s = status[id]
      if (s === Status.jailed) {
        jailed++
        continue
      }
      if (s === Status.active) active++
      members += cso[id]
      const l = legitimacy[id]
      legitimacySum += l
      const own = 3 * id
      const police = trust[own]
      const military = trust[own + 1]
      const peacekeepers = trust[own + 2]
      trustPolice += police
      trustMilitary += military
      trustPeacekeepers += peacekeepers
      const d = of[cell[id]]
      citizensIn[d]++
      legitimacyIn[d] += l
      const t = d * 3
      trustIn[t] += police
      trustIn[t + 1] += military
      trustIn[t + 2] += peacekeepers
    } else if (k === Kind.police || k === Kind.military) {
      // Police and military sums sit in the same order from Sum.police and Sum.military.
      const isPolice = k === Kind.police
      const at = isPolice ? Sum.police : Sum.military
      const capacity = capacityOf(world, id)
      sums[at]++
      sums[at + 1] += capacity
      sums[at + 2] += capacityOwned[id]
      sums[at + 3] += integrity[id]
      const count = isPolice ? policeCount : militaryCount
      const capacities = isPolice ? policeCapacity : militaryCapacity
      const integrities = isPolice ? policeIntegrity : militaryIntegrity
      const d = of[cell[id]]
      count[d]++
      capacities[d] += capacity
      integrities[d] += conduct.lawful(id)
      if (isPolice) policeOwned[d] += capacityOwned[id]
    } else if (k === Kind.peacekeeper) {
      sums[Sum.peacekeepers]++
      present[home[id]]++
    } else {
      sums[Sum.spoilers]++
    }
  }
  sums[Sum.citizens] = citizens
  sums[Sum.jailed] = jailed
  sums[Sum.free] = citizens - jailed
  sums[Sum.active] = active
  sums[Sum.members] = members
  sums[Sum.legitimacy] = legitimacySum
  sums[Sum.trustPolice] = trustPolice
  sums[Sum.trustMilitary] = trustMilitary
  sums[Sum.trustPeacekeepers] = trustPeacekeepers
  for (let d = 0; d < districts.count; d++) {
    if (policeCount[d] > 0) {
      policeCapacity[d] /= policeCount[d]
      policeOwned[d] /= policeCount[d]
      policeIntegrity[d] /= policeCount[d]
    }
    if (militaryCount[d] > 0) {
      militaryCapacity[d] /= militaryCount[d]
      militaryIntegrity[d] /= militaryCount[d]
    }
    const n = citizensIn[d]
    if (n > 0) {
      legitimacyIn[d] /= n
      for (let f = 0; f < 3; f++) trustIn[d * 3 + f] /= n
    }
  }
  state.police = sums[Sum.police]
  state.military = sums[Sum.military]
  state.peacekeepers = sums[Sum.peacekeepers]
}
