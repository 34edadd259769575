// Enforcer strength set from outside the model each tick (a cop-density schedule, a drawdown):
// surplus enforcers, chosen at random, are withdrawn; new ones arrive on random empty cells.
import { type Agents, addAgent, type KindCode, removeAgent } from '../core/agents.ts'
import { spread } from '../core/field.ts'
import type { Grid } from '../core/grid.ts'
import type { Random } from '../core/rng.ts'
import { randomEmptyCell } from '../core/sample.ts'

/** Ids of living agents of `kind`, in id order, written into `out`; returns how many. */
export function listKind(agents: Agents, kind: KindCode, out: Int32Array): number {
  let n = 0
  for (let id = 0; id < agents.end; id++)
    if (agents.alive[id] === 1 && agents.kind[id] === kind) out[n++] = id
  return n
}

/**
 * Brings the number of `kind` agents to `target`. Returns the number actually present, which is
 * lower than the target when the grid is full. `scratch` must hold `agents.capacity` ids.
 */
export function deploy(
  grid: Grid,
  agents: Agents,
  seen: Uint16Array,
  kind: KindCode,
  target: number,
  random: Random,
  scratch: Int32Array,
): number {
  const present = listKind(agents, kind, scratch)
  if (present > target) {
    // Partial Fisher–Yates: the first (present − target) slots end up a uniform random subset.
    const leaving = present - target
    for (let i = 0; i < leaving; i++) {
      const j = i + ((random() * (present - i)) | 0)
      const id = scratch[j]
      scratch[j] = scratch[i]
      scratch[i] = id
      spread(grid, seen, agents.cell[id], -1)
      removeAgent(agents, id)
    }
    return target
  }
  let count = present
  while (count < target) {
    const cell = randomEmptyCell(grid, agents.occupant, random)
    if (cell < 0) break
    if (addAgent(agents, kind, cell) < 0) break
    spread(grid, seen, cell, 1)
    count++
  }
  return count
}
