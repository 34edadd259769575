// Keeping the population: each citizen killed is replaced at the end of the tick by a newcomer in
// the same district (a random empty cell), who brings the district's mean trust and no CSO ties.
import { addAgent, Kind } from '../../core/agents.ts'
import { randomEmptyCellIn } from './placement.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, drawHardship } from './state.ts'
import type { SsrWorld } from './world.ts'

export function replaceTheDead(world: SsrWorld): void {
  const { state, districts, agents, scenario, means } = world
  const random = world.rand.replacement
  for (let d = 0; d < districts.count; d++) {
    const deaths = state.districtTally[d * DISTRICT_TALLY_SIZE + DistrictTally.deaths]
    for (let i = 0; i < deaths; i++) {
      const cell = randomEmptyCellIn(districts.cells[d], agents.occupant, random)
      if (cell < 0) break
      const id = addAgent(agents, Kind.citizen, cell)
      if (id < 0) break
      agents.hardship[id] = drawHardship(scenario, d, random())
      agents.riskAversion[id] = random()
      for (let f = 0; f < 3; f++) state.trust[3 * id + f] = means.trust[d * 3 + f]
      state.legitimacy[id] = means.legitimacy[d]
      state.cso[id] = 0
    }
  }
}
