// Spoiler recruitment: a spoiler approaches one of the active citizens in vision (more actives,
// more chances), who joins with a chance that grows as the citizen's trust in the state (its
// perceived legitimacy) falls. Recruiting fades as the armed groups around approach what the area
// can sustain (the carrying density).
import { Kind, Status } from '../../core/agents.ts'
import { randomAgentInVision } from '../../core/select.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { convert } from './convert.ts'

export function recruitment(world: SsrWorld): (id: number) => number {
  const { agents, grid, state, scenario } = world
  const { kind, status, cell } = agents
  const { recruitRate, carryingDensity } = scenario.spoilers
  const carrying = carryingDensity * grid.stencil.size
  const random = world.rand.recruitment
  const isActive = (id: number) => kind[id] === Kind.citizen && status[id] === Status.active
  return (id) => {
    const at = cell[id]
    const actives = state.activesSeen[at]
    const room = carrying > 0 ? 1 - state.spoilersSeen[at] / carrying : 0
    if (actives === 0 || room <= 0 || random() >= Math.min(1, recruitRate * actives) * room) return -1
    const recruit = randomAgentInVision(grid, agents.occupant, at, random, world.scratch, isActive)
    if (recruit < 0 || random() >= 1 - state.legitimacy[recruit]) return -1
    convert(world, recruit, Kind.spoiler)
    state.tally[Tally.recruits]++
    state.districtTally[world.districts.of[cell[recruit]] * DISTRICT_TALLY_SIZE + DistrictTally.recruits]++
    return recruit
  }
}
