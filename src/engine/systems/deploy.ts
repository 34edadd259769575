// Enforcer strength set from outside the model each tick (a cop-density schedule, a drawdown):
// surplus enforcers, chosen at random, are withdrawn; new ones arrive on random empty cells.
import { type Agents, addAgent, type KindCode, recycleIds, removeAgent } from '../core/agents.ts'
import { type CountField, spread } from '../core/field.ts'
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

export interface Deployment {
  readonly grid: Grid
  readonly agents: Agents
  /** The in-vision count field of this kind of enforcer. */
  readonly seen: CountField
  readonly kind: KindCode
  readonly random: Random
  /** Scratch of `agents.capacity` ids. */
  readonly scratch: Int32Array
  /** Sets up an agent just added (its capacity, integrity, ...). */
  readonly onArrival?: (id: number) => void
}

/**
 * Brings the number of `kind` agents from `present` to `target`, between ticks. Returns the number
 * actually present, which is lower than the target when the grid is full.
 */
export function deploy(d: Deployment, present: number, target: number): number {
  const { grid, agents, seen, kind, random, scratch } = d
  if (present > target) {
    const listed = listKind(agents, kind, scratch)
    // Partial Fisher–Yates: the first (listed − target) slots end up a uniform random subset.
    const leaving = listed - target
    for (let i = 0; i < leaving; i++) {
      const j = i + ((random() * (listed - i)) | 0)
      const id = scratch[j]
      scratch[j] = scratch[i]
      scratch[i] = id
      spread(grid, seen, agents.cell[id], -1)
      removeAgent(agents, id)
    }
    recycleIds(agents)
    return target
  }
  let count = present
  while (count < target) {
    const cell = randomEmptyCell(grid, agents.occupant, random)
    if (cell < 0) break
    const id = addAgent(agents, kind, cell)
    if (id < 0) break
    spread(grid, seen, cell, 1)
    d.onArrival?.(id)
    count++
  }
  return count
}
