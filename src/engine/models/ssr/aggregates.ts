// District means, computed once at the start of each tick: the able and lawful presence of each
// force (what citizens' trust targets and spoilers' deterrence read) and how much the district's
// citizens trust the state (what demobilisation needs, and what the event log watches).
import { Kind, Status } from '../../core/agents.ts'
import { capacityOf } from '../../systems/ssr/capacity.ts'
import type { Conduct } from '../../systems/ssr/conduct.ts'
import type { SsrWorld } from './world.ts'

export function computeMeans(world: SsrWorld, conduct: Conduct): void {
  const { agents, means, state, districts } = world
  const D = districts.count
  const { policeCount, militaryCount } = means
  policeCount.fill(0)
  militaryCount.fill(0)
  means.policeCapacity.fill(0)
  means.policeIntegrity.fill(0)
  means.militaryCapacity.fill(0)
  means.militaryIntegrity.fill(0)
  means.legitimacy.fill(0)
  means.trust.fill(0)
  means.citizens.fill(0)
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] !== 1) continue
    const at = agents.cell[id]
    if (at < 0) continue
    const d = districts.of[at]
    const kind = agents.kind[id]
    if (kind === Kind.police) {
      policeCount[d]++
      means.policeCapacity[d] += capacityOf(world, id)
      means.policeIntegrity[d] += conduct.lawful(id)
    } else if (kind === Kind.military) {
      militaryCount[d]++
      means.militaryCapacity[d] += capacityOf(world, id)
      means.militaryIntegrity[d] += conduct.lawful(id)
    } else if (kind === Kind.citizen && agents.status[id] !== Status.jailed) {
      means.citizens[d]++
      means.legitimacy[d] += state.legitimacy[id]
      means.trust[d * 3] += state.trust[0][id]
      means.trust[d * 3 + 1] += state.trust[1][id]
      means.trust[d * 3 + 2] += state.trust[2][id]
    }
  }
  for (let d = 0; d < D; d++) {
    if (policeCount[d] > 0) {
      means.policeCapacity[d] /= policeCount[d]
      means.policeIntegrity[d] /= policeCount[d]
    }
    if (militaryCount[d] > 0) {
      means.militaryCapacity[d] /= militaryCount[d]
      means.militaryIntegrity[d] /= militaryCount[d]
    }
    const n = means.citizens[d]
    if (n > 0) {
      means.legitimacy[d] /= n
      for (let f = 0; f < 3; f++) means.trust[d * 3 + f] /= n
    }
  }
}
