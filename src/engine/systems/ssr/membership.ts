// Civil society organisations: citizens join with oversight support and leave where insecurity
// makes organising dangerous. Members who witness an abuse report it (conduct.ts).
import type { SsrWorld } from '../../models/ssr/world.ts'

export function membership(world: SsrWorld): (id: number) => void {
  const { state, now } = world
  const { cso, insecurity } = state
  const { cell } = world.agents
  const { csoJoinRate, csoLeaveRate } = world.scenario.citizens
  const random = world.rand.membership
  return (id) => {
    if (cso[id] === 1) {
      const local = insecurity[cell[id]]
      const leave = csoLeaveRate * Math.min(local, 1)
      if (leave > 0 && random() < leave) cso[id] = 0
    } else {
      const join = csoJoinRate * now.oversight
      if (join > 0 && random() < join) cso[id] = 1
    }
  }
}
