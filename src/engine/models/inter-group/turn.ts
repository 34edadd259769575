// One agent's turn in Model II. Peacekeepers arrest and move as Model I's cops. A free agent
// decides, kills if active, moves and may reproduce; every agent then ages, in jail or not.
import { Kind, Status } from '../../core/agents.ts'
import type { InterGroupWorld } from './world.ts'

export function interGroupTurn(world: Omit<InterGroupWorld, 'turn'>): (id: number) => void {
  const { alive, kind, status } = world.agents
  const { rebel, arrest, kill, grow, reproduce, serveTick } = world
  const move = world.rules.movement ? world.move : (_id: number) => {}
  const netlogo = world.rules.netlogoTurn
  const releaseTurnAfter = world.rules.releaseTurnAfter
  return (id) => {
    // Killed earlier in this tick.
    if (alive[id] !== 1) return
    if (kind[id] !== Kind.citizen) {
      if (netlogo) move(id)
      arrest(id)
      if (!netlogo) move(id)
      return
    }
    // Under the mesa turn a jailed agent serves a tick now (under netlogo, at the end of the tick);
    // under Mesa's release rule an agent that this freed acts in the same turn.
    let free = status[id] !== Status.jailed
    if (!free && !netlogo) free = serveTick(id) && releaseTurnAfter
    if (free) {
      if (netlogo) move(id)
      rebel(id)
      if (status[id] === Status.active) kill(id)
      if (!netlogo) move(id)
      reproduce(id)
    }
    grow(id)
  }
}
