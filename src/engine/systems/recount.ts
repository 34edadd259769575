// After a run continues under changed parameters, every in-vision count field is recounted from
// the agents on the grid, so that a new vision or neighbourhood starts from true counts.
import { Kind, Status } from '../core/agents.ts'
import { recount } from '../core/field.ts'
import type { Uprising } from './uprising.ts'

export function recountFields(world: Uprising): void {
  const { grid, agents, group, activesSeen, kindFields } = world
  const { occupant, cell, end, kind, status, alive } = agents
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
