// National redeployment: now and then an officer is sent to wherever the country is least secure
// (the most insecure of a few places drawn at random), to an empty cell near it. This is how the
// state fills the gap a departing mission leaves, and why a withdrawal shock can pass.
import { moveAgent } from '../../core/agents.ts'
import { type CountField, spread } from '../../core/field.ts'
import { stencilTarget } from '../../core/grid.ts'
import { randomEmptyOffset } from '../../core/sample.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'

/** Builds redeployment for officers of the force whose count field is `seen`. */
export function redeployment(
  world: SsrWorld,
  seen: CountField,
  rate: number,
  places: number,
): (id: number) => boolean {
  const { grid, agents, state } = world
  const random = world.rand.redeployment
  return (id) => {
    if (rate <= 0 || random() >= rate) return false
    let best = -1
    for (let i = 0; i < places; i++) {
      const cell = (random() * grid.cellCount) | 0
      if (best < 0 || state.insecurity[cell] > state.insecurity[best]) best = cell
    }
    const offset = randomEmptyOffset(grid, agents.occupant, best, random, world.scratch)
    if (offset < 0) return false
    const from = agents.cell[id]
    const to = stencilTarget(grid, best, offset)
    moveAgent(agents, id, to)
    spread(grid, seen, from, -1)
    spread(grid, seen, to, 1)
    return true
  }
}
