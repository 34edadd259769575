// Cohesion under threat: once the mission has left the country, an officer in a district it handed
// over, facing
// spoilers strong enough to attack may go over to them, the more readily the less capacity of its
// own it has: in proportion to the shortfall of its owned capacity below self-reliance (owned
// capacity is the professional core that holds a force together; assisted capacity leaves with the
// mentors). The post is refilled by a raw recruit, so each defection both
// arms the spoilers and weakens the force: the loop behind the collapses after a premature exit.
import { Kind } from '../../core/agents.ts'
import { giveCivilianTraits } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { convert } from './convert.ts'

/** Builds the defection rule; it returns true when officer `id` has gone over to the spoilers. */
export function defection(world: SsrWorld, deterrenceAt: (cell: number) => number): (id: number) => boolean {
  const { agents, state, scenario, districts } = world
  const { kind, cell } = agents
  const policeRate = scenario.police.defectionRate
  const militaryRate = scenario.military.defectionRate
  const { strength } = scenario.spoilers
  const selfReliant = scenario.reform.selfReliantCapacity
  const handedOver = state.drawdown.handedOver
  const random = world.rand.defection
  if ((policeRate <= 0 && militaryRate <= 0) || selfReliant <= 0) return () => false
  return (id) => {
    const at = cell[id]
    const spoilers = state.spoilersSeen[at]
    if (spoilers === 0) return false
    const d = districts.of[at]
    // Forces that never leaned on a mission are not the ones that break when it leaves; while any of
    // the mission remains in the country, it backs them (a local handover's shock passes: fact 9).
    if (handedOver[d] === 0 || state.peacekeepers > 0) return false
    const rate = kind[id] === Kind.police ? policeRate : militaryRate
    if (rate <= 0 || deterrenceAt(at) >= strength * spoilers) return false
    const shortfall = 1 - state.capacityOwned[id] / selfReliant
    if (shortfall <= 0 || random() >= rate * shortfall) return false
    giveCivilianTraits(scenario, state, id, d, random)
    state.trust[3 * id] = 0
    state.trust[3 * id + 1] = 0
    convert(world, id, Kind.spoiler)
    return true
  }
}
