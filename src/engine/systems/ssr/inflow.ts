// Spoilers arriving from outside: each district's yearly inflow, spread over the ticks of a year.
// The fractional part of a tick's expected arrivals is a chance of one more, so that small inflows
// still arrive and the mean is exact. Once the mission has left the country, fighters who had
// withdrawn across the border come back to the districts whose police cannot yet stand on their own:
// the inflow of a handed-over district grows with its police's shortfall below self-reliance, and
// this return fades over the ticks after the exit.
import { addAgent, Kind } from '../../core/agents.ts'
import { spread } from '../../core/field.ts'
import { randomEmptyCellIn } from '../../models/ssr/placement.ts'
import { giveCivilianTraits } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { policeShortfall } from './capacity.ts'

export function spoilerInflow(world: SsrWorld): void {
  const { scenario, districts, agents, state, grid } = world
  const random = world.rand.inflow
  scenario.districts.forEach((district, d) => {
    if (district.spoilerInflow <= 0) return
    const yearly = district.spoilerInflow * districts.cells[d].length * returningFighters(world, d)
    const expected = yearly / scenario.ticksPerYear
    let arrivals = Math.floor(expected)
    if (random() < expected - arrivals) arrivals++
    for (let i = 0; i < arrivals; i++) {
      const cell = randomEmptyCellIn(districts.cells[d], agents.occupant, random)
      if (cell < 0) return
      const id = addAgent(agents, Kind.spoiler, cell)
      giveCivilianTraits(scenario, state, id, d, random)
      spread(grid, state.spoilersSeen, cell, 1)
    }
  })
}

/** How many times its usual inflow district `d` receives: 1 + returnBoost × the shortfall of its
 * police's mean owned capacity below self-reliance × a share that falls linearly from 1 at the exit
 * to 0 after `returnTicks`; 1 before the mission has left the country or where it never handed over. */
export function returningFighters(world: SsrWorld, d: number): number {
  const { state, scenario } = world
  const { returnBoost, returnTicks } = scenario.spoilers
  const exit = state.drawdown.exitTick
  if (returnBoost <= 0 || exit < 0 || state.peacekeepers > 0 || state.drawdown.handedOver[d] === 0) return 1
  const fading = 1 - (state.tick - exit) / returnTicks
  return fading > 0 ? 1 + returnBoost * policeShortfall(world, d) * fading : 1
}
