// After a run is restored or continues under changed parameters, what is derived from the agents on
// the grid is rebuilt from them: every in-vision count field, so that a new vision or neighbourhood
// starts from true counts, and the vacancy bits.
import { Kind, markVacancy, Status } from '../core/agents.ts'
import { recount } from '../core/field.ts'
import { markActiveCells } from './active-cells.ts'
import type { Uprising } from './uprising.ts'

export function recountFields(world: Uprising): void {
  const { grid, agents, group, activesSeen, kindFields } = world
  const { occupant, cell, end, kind, status, alive } = agents
  markVacancy(occupant, agents.vacant)
  markActiveCells(world, (id) => alive[id] === 1 && kind[id] === Kind.citizen && status[id] === Status.active)
  activesSeen.forEach((field, g) => {
    recount(
      grid,
      field,
      occupant,
      cell,
      end,
      (id) => alive[id] === 1 && kind[id] === Kind.citizen && status[id] === Status.active && group[id] === g,
    )
  })
  for (let k = 0; k < kindFields.length; k++) {
    const field = kindFields[k]
    if (field) recount(grid, field, occupant, cell, end, (id) => alive[id] === 1 && kind[id] === k)
  }
}
