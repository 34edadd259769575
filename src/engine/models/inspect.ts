// The map inspector's view of one agent: its kind, status and fields, by name.
import { type Agents, KIND_NAMES, LIFE_TERM, STATUS_NAMES } from '../core/agents.ts'
import type { Grid } from '../core/grid.ts'
import type { AgentInfo } from './model.ts'

/** The agent on `cell` with the fields every model shares, plus `extra(id)` of the model's own. */
export function inspectAgent(
  grid: Grid,
  agents: Agents,
  cell: number,
  extra: (id: number) => Record<string, number | string> = () => ({}),
): AgentInfo | null {
  if (cell < 0 || cell >= grid.cellCount) return null
  const id = agents.occupant[cell]
  if (id < 0) return null
  const fields: Record<string, number | string> = {}
  if (agents.kind[id] === 0) {
    fields.hardship = agents.hardship[id]
    fields.riskAversion = agents.riskAversion[id]
  }
  if (agents.status[id] === 2)
    fields.jailTerm = agents.jailTerm[id] === LIFE_TERM ? 'life' : agents.jailTerm[id]
  return {
    id,
    kind: KIND_NAMES[agents.kind[id]],
    status: STATUS_NAMES[agents.status[id]],
    cell,
    x: grid.cellX[cell],
    y: grid.cellY[cell],
    fields: { ...fields, ...extra(id) },
  }
}

/** The cell agent `id` stands on, or -1 when it is not on the grid (dead, jailed off the grid, unused). */
export function cellOfAgent(agents: Agents, id: number): number {
  if (!Number.isInteger(id) || id < 0 || id >= agents.end || agents.alive[id] !== 1) return -1
  const cell = agents.cell[id]
  return cell >= 0 && agents.occupant[cell] === id ? cell : -1
}
