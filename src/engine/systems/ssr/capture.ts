// Taking spoilers out of the fight without killing them: police arrest and peacekeepers detain a
// spoiler in vision, who serves a term and comes out a citizen. Military engagement is engage.ts.
import { Kind, LIFE_TERM, Status, vacate } from '../../core/agents.ts'
import { randomAgentInVision } from '../../core/select.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { convert } from './convert.ts'

/** Builds capture: the agent `id` takes a random spoiler in vision into custody; returns it or −1. */
export function capture(world: SsrWorld): (id: number, random: () => number) => number {
  const { agents, grid, state, rules } = world
  const { kind, cell } = agents
  const isSpoiler = (id: number) => kind[id] === Kind.spoiler
  const termDraw = world.rand.jail
  const maxTerm = world.scenario.spoilers.maxJailTerm
  return (id, random) => {
    const spoiler = randomAgentInVision(grid, agents.occupant, cell[id], random, world.scratch, isSpoiler)
    if (spoiler < 0) return -1
    convert(world, spoiler, Kind.citizen)
    const term = maxTerm === 'life' ? LIFE_TERM : 1 + ((termDraw() * maxTerm) | 0)
    agents.status[spoiler] = Status.jailed
    agents.jailTerm[spoiler] = term
    if (!rules.jailedKeepCell) vacate(agents, cell[spoiler])
    state.tally[Tally.arrests]++
    return spoiler
  }
}

/** Counts a death in district `d` this tick; citizens who die are replaced at the end of the tick. */
export function noteDeath(
  world: SsrWorld,
  d: number,
  tally: number,
  districtTally: number,
  citizen: boolean,
): void {
  const { state } = world
  state.tally[tally]++
  state.districtTally[d * DISTRICT_TALLY_SIZE + districtTally]++
  if (citizen) state.districtTally[d * DISTRICT_TALLY_SIZE + DistrictTally.deaths]++
}
