// Spoilers arriving from outside: each district's yearly inflow, spread over the ticks of a year.
// The fractional part of a tick's expected arrivals is a chance of one more, so that small inflows
// still arrive and the mean is exact.
import { addAgent, Kind } from '../../core/agents.ts'
import { spread } from '../../core/field.ts'
import { randomEmptyCellIn } from '../../models/ssr/placement.ts'
import { giveCivilianTraits } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'

export function spoilerInflow(world: SsrWorld): void {
  const { scenario, districts, agents, state, grid } = world
  const random = world.rand.inflow
  scenario.districts.forEach((district, d) => {
    if (district.spoilerInflow <= 0) return
    const expected = (district.spoilerInflow * districts.cells[d].length) / scenario.ticksPerYear
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
