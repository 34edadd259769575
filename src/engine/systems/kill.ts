// Epstein Model II: an active agent kills one member of the other group, chosen at random among
// those in its vision who are free (on the grid and not jailed).
import { Kind, removeAgent, Status } from '../core/agents.ts'
import { findInVision } from '../core/grid.ts'
import type { Random } from '../core/rng.ts'
import { activeLeaves } from './active-cells.ts'
import type { Uprising } from './uprising.ts'

export interface Violence extends Uprising {
  /** Killings suffered this tick, by group. */
  readonly killed: Float64Array
  readonly random: Uprising['random'] & { readonly killing: Random }
}

/** Builds the killing rule: active agent `id` kills a random free member of the other group in vision. */
export function killing(world: Violence): (id: number) => number {
  const { agents, grid, group, activesSeen, killed } = world
  const { occupant, status, kind, cell } = agents
  const chooseVictim = world.random.killing
  let enemy = 0
  let count = 0
  let wanted = -1
  const isVictim = (target: number) => {
    const id = occupant[target]
    if (id < 0 || kind[id] !== Kind.citizen || group[id] !== enemy || status[id] === Status.jailed)
      return false
    return wanted >= 0 && count++ === wanted
  }
  const countVictim = (target: number) => {
    const id = occupant[target]
    if (id >= 0 && kind[id] === Kind.citizen && group[id] === enemy && status[id] !== Status.jailed) count++
    return false
  }
  return (id) => {
    enemy = 1 - group[id]
    count = 0
    wanted = -1
    findInVision(grid, cell[id], countVictim)
    if (count === 0) return -1
    wanted = (chooseVictim() * count) | 0
    count = 0
    const victimCell = findInVision(grid, cell[id], isVictim)
    const victim = occupant[victimCell]
    if (status[victim] === Status.active) activeLeaves(world, activesSeen[enemy], victimCell)
    removeAgent(agents, victim)
    killed[enemy]++
    return victim
  }
}
