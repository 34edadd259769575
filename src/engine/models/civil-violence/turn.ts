// One agent's turn in Model I, in the order the rule variant prescribes: Mesa decides (or
// arrests) and then moves; NetLogo moves and then acts. Built once per world, so the variant is
// chosen outside the hot loop. Citizens are the ids below `citizens` (world.ts), so a turn tells
// them apart without reading the kind array.
import { Status } from '../../core/agents.ts'
import type { CivilWorld } from './world.ts'

export function civilTurn(world: Omit<CivilWorld, 'turn'>): (id: number) => void {
  const { status } = world.agents
  const { rebel, arrest, serveTick, citizens } = world
  const noMove = (_id: number) => {}
  const move = world.rules.movement ? world.move : noMove
  if (world.rules.netlogoTurn) {
    return (id) => {
      if (id >= citizens) {
        move(id)
        arrest(id)
      } else if (status[id] !== Status.jailed) {
        move(id)
        rebel(id)
      }
      // NetLogo's jailed agents wait; their terms count down at the end of the tick.
    }
  }
  if (world.rules.releaseTurnAfter) {
    // Mesa: a citizen freed by this turn's countdown acts in the same turn.
    return (id) => {
      if (id >= citizens) {
        arrest(id)
        move(id)
        return
      }
      if (status[id] === Status.jailed && !serveTick(id)) return
      rebel(id)
      move(id)
    }
  }
  return (id) => {
    if (id >= citizens) {
      arrest(id)
      move(id)
    } else if (status[id] === Status.jailed) {
      serveTick(id)
    } else {
      rebel(id)
      move(id)
    }
  }
}
