// Military engagement: a soldier who sees spoilers may engage one, with a chance that grows with
// its capacity. The engagement may kill the spoiler (a battle death) and may harm bystanders,
// which is an abuse unless the soldier acts lawfully.
import { Kind, removeAgent } from '../../core/agents.ts'
import { randomAgentInVision } from '../../core/select.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { capacityOf } from './capacity.ts'
import { noteDeath } from './capture.ts'
import type { Conduct } from './conduct.ts'
import { withdrawPresence } from './convert.ts'
import { markInsecurity } from './insecurity.ts'

export function engagement(world: SsrWorld, conduct: Conduct): (id: number) => void {
  const { agents, grid, state, scenario } = world
  const { kind, cell } = agents
  const { engageRate, killProbability, collateralRate } = scenario.military
  const perAttack = scenario.insecurity.perAttack
  const random = world.rand.engagement
  const isSpoiler = (id: number) => kind[id] === Kind.spoiler
  return (id) => {
    const at = cell[id]
    if (state.spoilersSeen[at] === 0) return
    // Soldiers find spoilers through the people: the chance grows with the district's trust in them.
    const informed = world.means.trust[world.districts.of[at] * 3 + 1]
    if (random() >= engageRate * capacityOf(world, id) * informed) return
    const spoiler = randomAgentInVision(grid, agents.occupant, at, random, world.scratch, isSpoiler)
    if (spoiler < 0) return
    const where = cell[spoiler]
    state.tally[Tally.engagements]++
    state.districtTally[world.districts.of[where] * DISTRICT_TALLY_SIZE + DistrictTally.engagements]++
    markInsecurity(world, where, perAttack)
    if (random() < killProbability) {
      withdrawPresence(world, spoiler)
      removeAgent(agents, spoiler)
      noteDeath(world, world.districts.of[where], Tally.battleDeaths, DistrictTally.battleDeaths, false)
    }
    if (random() < collateralRate) conduct.encounter(id, where)
  }
}
