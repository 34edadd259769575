// One agent's turn in the SSR model, by kind. Citizens perceive (trust), decide, organise and
// move; police arrest, capture spoilers or patrol, then train and move; soldiers engage; peacekeepers
// may abuse, detain and move as their posture directs; spoilers may demobilise, recruit, attack
// and seek the least defended ground. With the NetLogo turn, citizens and national officers move
// first; peacekeepers and spoilers always move last, having acted where they stood.
import { Kind, Status } from '../../core/agents.ts'
import { randomAgentInVision } from '../../core/select.ts'
import { policing } from '../../systems/arrest.ts'
import { jailing } from '../../systems/jail.ts'
import { movement } from '../../systems/move.ts'
import { attacks } from '../../systems/ssr/attack.ts'
import { capacityBuilding, capacityOf, integrityProgrammes } from '../../systems/ssr/capacity.ts'
import { capture } from '../../systems/ssr/capture.ts'
import { type Conduct, Force } from '../../systems/ssr/conduct.ts'
import { defection } from '../../systems/ssr/defection.ts'
import { demobilisation } from '../../systems/ssr/demobilise.ts'
import { deterrence } from '../../systems/ssr/deterrence.ts'
import { engagement } from '../../systems/ssr/engage.ts'
import type { NationalForces } from '../../systems/ssr/forces.ts'
import { grievance } from '../../systems/ssr/grievance.ts'
import { membership } from '../../systems/ssr/membership.ts'
import { moveToBest } from '../../systems/ssr/purposeful-move.ts'
import { recruitment } from '../../systems/ssr/recruit.ts'
import { redeployment } from '../../systems/ssr/redeploy.ts'
import { trustDynamics } from '../../systems/ssr/trust.ts'
import type { SsrWorld } from './world.ts'

export interface SsrRules {
  turn: (id: number) => void
  serveTick: (id: number) => void
  /** Work the turns share, done once a tick before them (the trust rule's tables). */
  beforeTurns: () => void
}

export function ssrRules(world: SsrWorld, conduct: Conduct, forces: NationalForces): SsrRules {
  const { agents, state, scenario, now, grid } = world
  const { alive, kind, status, cell } = agents
  const netlogo = world.rules.netlogoTurn
  const noMove = (_id: number) => {}
  const wander = world.rules.movement ? movement(world) : noMove
  const serveTick = jailing(world)

  const trustRule = trustDynamics(world)
  const trust = trustRule.update
  const decide = grievance(world)
  const organise = membership(world)
  const citizen = (id: number) => {
    if (status[id] === Status.jailed) {
      if (!netlogo) serveTick(id)
      return
    }
    if (netlogo) wander(id)
    trust(id)
    decide(id)
    organise(id)
    if (!netlogo) wander(id)
  }

  const deterrenceAt = deterrence(world)
  const defect = defection(world, deterrenceAt)
  const arrest = policing(world)
  const capturing = capture(world)
  const build = capacityBuilding(world)
  const improve = integrityProgrammes(world, forces.recruit)
  const effort = world.rand.effort
  const patrol = world.rand.patrol
  const { spoilerArrestRate, patrolEncounterRate } = scenario.police
  const isFreeCitizen = (id: number) => kind[id] === Kind.citizen && status[id] !== Status.jailed
  const { insecurity, policeSeen, militarySeen } = state
  const byInsecurity = (c: number) => insecurity[c]
  // Officers who scout go where insecurity is highest; with one cell to look at, they move at
  // random exactly as Epstein's cops do (same draws from the same stream).
  const patrolling = (scouting: number) =>
    !world.rules.movement
      ? noMove
      : scouting <= 1
        ? wander
        : (id: number) => {
            moveToBest(world, id, scouting, world.random.movement, byInsecurity)
          }
  const policeRedeploy = redeployment(world, state.policeSeen, scenario.police)
  const militaryRedeploy = redeployment(world, state.militarySeen, scenario.military)
  const policePatrol = patrolling(scenario.police.scouting)
  const militaryPatrol = patrolling(scenario.military.scouting)
  const policeMove = (id: number) => {
    if (!policeRedeploy(id)) policePatrol(id)
  }
  const militaryMove = (id: number) => {
    if (!militaryRedeploy(id)) militaryPatrol(id)
  }
  const police = (id: number) => {
    if (netlogo) policeMove(id)
    if (defect(id)) return
    const ability = capacityOf(world, id)
    let acted = false
    if (state.activesSeen[cell[id]] > 0 && (ability >= 1 || effort() < ability)) {
      const suspect = arrest(id)
      if (suspect >= 0) {
        acted = true
        conduct.encounter(id, cell[suspect])
      }
    }
    // Spoilers are found through the people: the chance grows with the district's trust in the police.
    const informed = world.means.trust[world.districts.of[cell[id]] * 3]
    if (
      !acted &&
      state.spoilersSeen[cell[id]] > 0 &&
      spoilerArrestRate > 0 &&
      effort() < spoilerArrestRate * ability * informed
    ) {
      acted = capturing(id, effort) >= 0
    }
    if (!acted && patrolEncounterRate > 0 && patrol() < patrolEncounterRate) {
      const stopped = randomAgentInVision(
        grid,
        agents.occupant,
        cell[id],
        patrol,
        world.scratch,
        isFreeCitizen,
      )
      if (stopped >= 0) conduct.encounter(id, cell[stopped])
    }
    build(id)
    improve(id)
    if (!netlogo) policeMove(id)
  }

  const engage = engagement(world, conduct)
  const military = (id: number) => {
    if (netlogo) militaryMove(id)
    if (defect(id)) return
    engage(id)
    build(id)
    improve(id)
    if (!netlogo) militaryMove(id)
  }

  const pk = scenario.peacekeepers
  const moves = world.rand.peacekeeperMoves
  const abuse = world.rand.peacekeeperAbuse
  const detention = world.rand.detention
  const byForces = (c: number) => policeSeen[c] + militarySeen[c]
  const anywhere = () => 0
  const peacekeeper = (id: number) => {
    const home = state.home[id]
    if (pk.abuseRate > 0 && abuse() < pk.abuseRate) {
      const victim = randomAgentInVision(grid, agents.occupant, cell[id], abuse, world.scratch, isFreeCitizen)
      conduct.abuse(Force.peacekeepers, -1, victim >= 0 ? cell[victim] : cell[id])
    }
    const informed = world.means.trust[world.districts.of[cell[id]] * 3 + 2]
    if (
      state.spoilersSeen[cell[id]] > 0 &&
      detention() < pk.detainRate * now.protectShare * pk.capacity * informed
    ) {
      capturing(id, detention)
    }
    if (!world.rules.movement) return
    const purpose = moves()
    if (purpose < now.protectShare) moveToBest(world, id, pk.scouting, moves, byInsecurity, home)
    else if (purpose < now.protectShare + now.mentorShare)
      moveToBest(world, id, pk.scouting, moves, byForces, home)
    else moveToBest(world, id, 1, moves, anywhere, home)
  }

  const demobilise = demobilisation(world)
  const recruit = recruitment(world)
  const attack = attacks(world, deterrenceAt)
  const spoilerMoves = world.rand.spoilerMoves
  const leastDefended = (c: number) => -deterrenceAt(c)
  const spoiler = (id: number) => {
    if (demobilise(id)) return
    recruit(id)
    attack(id)
    if (alive[id] === 1 && world.rules.movement)
      moveToBest(world, id, scenario.spoilers.scouting, spoilerMoves, leastDefended)
  }

  const turn = (id: number) => {
    if (alive[id] !== 1) return
    switch (kind[id]) {
      case Kind.citizen:
        citizen(id)
        break
      case Kind.police:
        police(id)
        break
      case Kind.military:
        military(id)
        break
      case Kind.peacekeeper:
        peacekeeper(id)
        break
      case Kind.spoiler:
        spoiler(id)
        break
    }
  }
  return { turn, serveTick, beforeTurns: trustRule.prepare }
}
