// Epstein Model II's demography: agents age and die at an age of their own, and a free agent
// may have an offspring (a clone: same group, hardship and risk aversion, or a risk aversion of
// its own as the replication draws it) on an empty adjacent cell.
import { addAgent, Kind, removeAgent, Status } from '../core/agents.ts'
import { offsetCell } from '../core/grid.ts'
import type { Random } from '../core/rng.ts'
import { activeLeaves } from './active-cells.ts'
import { activityLimit } from './activity.ts'
import { Ratio, type Uprising } from './uprising.ts'

export interface Demography extends Uprising {
  readonly age: Int32Array
  readonly lifespan: Int32Array
  readonly maxAge: number
  readonly reproductionProbability: number
  /** The replication's offspring draws its own risk aversion instead of copying its parent's. */
  readonly offspringDrawsRiskAversion: boolean
  readonly random: Uprising['random'] & { readonly birth: Random; readonly lifespan: Random }
}

/** A lifespan drawn uniformly from 1 to the maximum age. */
export function drawLifespan(world: Demography): number {
  return 1 + ((world.random.lifespan() * world.maxAge) | 0)
}

/** Builds ageing: agent `id` grows a tick older and dies when it reaches its lifespan; true if it died. */
export function ageing(world: Demography): (id: number) => boolean {
  const { agents, group, activesSeen, age, lifespan } = world
  const { status, cell } = agents
  return (id) => {
    if (++age[id] < lifespan[id]) return false
    if (status[id] === Status.active) activeLeaves(world, activesSeen[group[id]], cell[id])
    removeAgent(agents, id)
    return true
  }
}

/** The eight cells around a cell, as offsets. */
const ADJACENT_DX = [-1, 0, 1, -1, 1, -1, 0, 1]
const ADJACENT_DY = [-1, -1, -1, 0, 0, 1, 1, 1]

/** Builds reproduction: with the scenario's probability, agent `id` clones itself next door. */
export function reproduction(world: Demography): (id: number) => number {
  const { agents, grid, group, age, lifespan, activeUpTo, reproductionProbability } = world
  const { occupant, cell, hardship, riskAversion } = agents
  const chance = world.random.birth
  const free = new Int32Array(8)
  return (id) => {
    if (chance() >= reproductionProbability) return -1
    let found = 0
    for (let k = 0; k < 8; k++) {
      const target = offsetCell(grid, cell[id], ADJACENT_DX[k], ADJACENT_DY[k])
      if (target >= 0 && occupant[target] < 0) free[found++] = target
    }
    if (found === 0) return -1
    const child = addAgent(agents, Kind.citizen, free[(chance() * found) | 0])
    if (child < 0) return -1
    group[child] = group[id]
    hardship[child] = hardship[id]
    riskAversion[child] = world.offspringDrawsRiskAversion ? chance() : riskAversion[id]
    age[child] = 0
    lifespan[child] = drawLifespan(world)
    if (world.rules.ratio !== Ratio.literal) activeUpTo[child] = activityLimit(world, child, world.legitimacy)
    return child
  }
}
