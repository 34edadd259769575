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
