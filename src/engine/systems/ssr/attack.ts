// Spoiler attacks. A spoiler attacks where local deterrence is weaker than the spoilers around it:
// the chance falls to zero as deterrence reaches spoilers × strength. For a while after their
// district is handed over, spoilers are bolder: both the rate and the strength grow, in proportion to
// how far the owned capacity of the district's police falls short of self-reliance. With security forces near,
// the attack is a battle (either side may die); otherwise it strikes civilians. Every attack marks
// the insecurity field and costs police and military the trust of those who saw it.
import { Kind, removeAgent, Status } from '../../core/agents.ts'
import { forEachAgentInVision, randomAgentInVision } from '../../core/select.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { capacityOf, policeShortfall } from './capacity.ts'
import { noteDeath } from './capture.ts'
import { withdrawPresence } from './convert.ts'
import { markInsecurity } from './insecurity.ts'

/** How much bolder spoilers in district `d`, just handed over, are: 1 + boost × the shortfall of its
 * police's mean owned capacity below self-reliance (the whole boost when self-reliance is 0). */
export function boldness(world: SsrWorld, d: number): number {
  return 1 + world.scenario.spoilers.vacuumBoost * policeShortfall(world, d)
}

export function attacks(world: SsrWorld, deterrenceAt: (cell: number) => number): (id: number) => void {
  const { agents, grid, state, scenario, districts } = world
  const { kind, status, cell } = agents
  const { attackRate, strength, lethality, battleLethality } = scenario.spoilers
  const emboldenedUntil = state.drawdown.emboldenedUntil
  const { attackLoss, presenceSaturation } = scenario.trust
  const perAttack = scenario.insecurity.perAttack
  const peacekeeperCapacity = scenario.peacekeepers.capacity
  const { trust } = state
  const random = world.rand.attack
  const battle = world.rand.battle
  const isForce = (id: number) =>
    kind[id] === Kind.police || kind[id] === Kind.military || kind[id] === Kind.peacekeeper
  const isCivilian = (id: number) => kind[id] === Kind.citizen && status[id] !== Status.jailed
  const witness = (id: number) => {
    if (kind[id] !== Kind.citizen) return
    const police = 3 * id
    trust[police] = trust[police] > attackLoss ? trust[police] - attackLoss : 0
    trust[police + 1] = trust[police + 1] > attackLoss ? trust[police + 1] - attackLoss : 0
  }
  const kill = (victim: number, tally: number, districtTally: number) => {
    const d = districts.of[cell[victim]]
    const citizen = kind[victim] === Kind.citizen
    withdrawPresence(world, victim)
    removeAgent(agents, victim)
    noteDeath(world, d, tally, districtTally, citizen)
  }

  return (id) => {
    const at = cell[id]
    const d = districts.of[at]
    const spoilers = state.spoilersSeen[at]
    const bold = state.tick < emboldenedUntil[d] ? boldness(world, d) : 1
    const chance = bold * attackRate * (1 - deterrenceAt(at) / (bold * strength * spoilers))
    if (chance <= 0 || random() >= chance) return
    state.tally[Tally.attacks]++
    state.districtTally[d * DISTRICT_TALLY_SIZE + DistrictTally.attacks]++
    const forces = state.policeSeen[at] + state.militarySeen[at] + state.peacekeepersSeen[at]
    if (forces > 0 && random() < Math.min(1, forces / presenceSaturation)) {
      const target = randomAgentInVision(grid, agents.occupant, at, random, world.scratch, isForce)
      if (target < 0) return
      const where = cell[target]
      markInsecurity(world, where, perAttack)
      const defence = kind[target] === Kind.peacekeeper ? peacekeeperCapacity : capacityOf(world, target)
      if (battle() < battleLethality) kill(target, Tally.battleDeaths, DistrictTally.battleDeaths)
      if (battle() < battleLethality * defence) kill(id, Tally.battleDeaths, DistrictTally.battleDeaths)
      forEachAgentInVision(grid, agents.occupant, where, witness)
      return
    }
    const victim = randomAgentInVision(grid, agents.occupant, at, random, world.scratch, isCivilian)
    const where = victim >= 0 ? cell[victim] : at
    markInsecurity(world, where, perAttack)
    if (victim >= 0 && random() < lethality)
      kill(victim, Tally.civiliansKilled, DistrictTally.civiliansKilled)
    forEachAgentInVision(grid, agents.occupant, where, witness)
  }
}
