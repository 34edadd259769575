// National redeployment: now and then an officer is sent to the least secure of a few places drawn
// at random, to an empty cell near it. Drawn only in districts the mission has handed over (the
// default), it is how the state fills the gap a departing mission leaves, and why a withdrawal shock
// passes; drawn anywhere, it is the state chasing insecurity wherever it is.
import { moveAgent } from '../../core/agents.ts'
import { type CountField, spread } from '../../core/field.ts'
import { stencilTarget } from '../../core/grid.ts'
import { randomEmptyOffset } from '../../core/sample.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'

/** How a force redeploys, as the scenario states it for the police and for the military: its chance
 * per tick, the places it compares, and where they are drawn. */
export type Redeployment = Readonly<
  Pick<SsrWorld['scenario']['police'], 'redeployRate' | 'redeployPlaces' | 'redeployTo'>
>

/** Builds redeployment for officers of the force whose count field is `seen`: true when the officer
 * was sent (its move for the tick), false when it patrols as usual. */
export function redeployment(
  world: SsrWorld,
  seen: CountField,
  force: Redeployment,
): (id: number) => boolean {
  const { grid, agents, state } = world
  const { redeployRate: rate, redeployPlaces: places } = force
  const random = world.rand.redeployment
  const districtOf = world.districts.of
  const handedOver = state.drawdown.handedOver
  const onlyHandedOver = force.redeployTo === 'handed-over'
  return (id) => {
    if (rate <= 0 || random() >= rate) return false
    let best = -1
    for (let i = 0; i < places; i++) {
      const cell = (random() * grid.cellCount) | 0
      if (onlyHandedOver && handedOver[districtOf[cell]] === 0) continue
      if (best < 0 || state.insecurity[cell] > state.insecurity[best]) best = cell
    }
    if (best < 0) return false
    const offset = randomEmptyOffset(grid, agents.vacant, best, random)
    if (offset < 0) return false
    const from = agents.cell[id]
    const to = stencilTarget(grid, best, offset)
    moveAgent(agents, id, to)
    spread(grid, seen, from, -1)
    spread(grid, seen, to, 1)
    return true
  }
}
