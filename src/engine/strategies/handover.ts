// Peacekeepers by district. At full strength each district has its mandated share; as strength
// falls, districts lose theirs in the handover order (unlisted districts last), so the last to be
// handed over keep their peacekeepers longest. A district whose last peacekeeper leaves has been
// handed over.
import { addAgent, Kind, recycleIds, removeAgent } from '../core/agents.ts'
import { record } from '../core/events.ts'
import { spread } from '../core/field.ts'
import { randomEmptyCellIn } from '../models/ssr/placement.ts'
import type { SsrWorld } from '../models/ssr/world.ts'

/** District indexes in the order they are handed over. */
export function handoverSequence(world: SsrWorld): number[] {
  const names = world.districts.names
  const listed = world.scenario.drawdown.handoverOrder.map((name) => names.indexOf(name))
  const rest = names.map((_, d) => d).filter((d) => !listed.includes(d))
  return [...listed, ...rest]
}

/** Peacekeepers per district for a total strength of `total`, filled from the last to be handed over. */
function allocate(world: SsrWorld, sequence: readonly number[], total: number, target: Int32Array): void {
  target.fill(0)
  let left = total
  for (let i = sequence.length - 1; i >= 0 && left > 0; i--) {
    const d = sequence[i]
    target[d] = Math.min(world.state.mandated[d], left)
    left -= target[d]
  }
}

/** Withdraws `leaving` peacekeepers, chosen at random, from district `d`. */
function withdraw(world: SsrWorld, d: number, leaving: number): void {
  const { agents, state, grid } = world
  const ids = world.order
  let n = 0
  for (let id = 0, end = agents.end; id < end; id++) {
    if (agents.alive[id] === 1 && agents.kind[id] === Kind.peacekeeper && state.home[id] === d) ids[n++] = id
  }
  const random = world.rand.peacekeeperDeployment
  for (let i = 0; i < leaving && i < n; i++) {
    const j = i + ((random() * (n - i)) | 0)
    const id = ids[j]
    ids[j] = ids[i]
    ids[i] = id
    spread(grid, state.peacekeepersSeen, agents.cell[id], -1)
    removeAgent(agents, id)
  }
}

/** Brings the peacekeepers to `total`, district by district, between ticks. */
export function deployPeacekeepers(
  world: SsrWorld,
  sequence: readonly number[],
  total: number,
  t: number,
): void {
  const { state, agents, grid, districts } = world
  const { present, target } = world.deployment
  // `present` holds the last census's count per district (this tick's deaths included).
  allocate(world, sequence, total, target)
  const random = world.rand.peacekeeperDeployment
  for (let d = 0; d < districts.count; d++) {
    const before = present[d]
    if (present[d] > target[d]) {
      withdraw(world, d, present[d] - target[d])
      present[d] = target[d]
    }
    while (present[d] < target[d]) {
      const cell = randomEmptyCellIn(districts.cells[d], agents.occupant, random)
      if (cell < 0) break
      const id = addAgent(agents, Kind.peacekeeper, cell)
      if (id < 0) break
      state.home[id] = d
      spread(grid, state.peacekeepersSeen, cell, 1)
      present[d]++
    }
    if (before > 0 && target[d] === 0 && state.drawdown.handedOver[d] === 0) {
      state.drawdown.handedOver[d] = 1
      state.drawdown.emboldenedUntil[d] = t + world.scenario.spoilers.vacuumTicks
      record(state.events, t, 'handover', d, { district: districts.names[d], peacekeepersLeft: total })
    }
  }
  recycleIds(agents)
  let count = 0
  for (let d = 0; d < districts.count; d++) count += present[d]
  state.peacekeepers = count
}
