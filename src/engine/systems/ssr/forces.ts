// National forces at strength: recruits fill the posts the density schedule calls for (replacing
// losses), each recruit arriving with little capacity and integrity drawn around the recruits'
// mean, which vetting raises. At tick 0 the force arrives with the scenario's initial capacity.
import { Kind, type KindCode } from '../../core/agents.ts'
import type { CountField } from '../../core/field.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { type Deployment, deploy } from '../deploy.ts'

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1))

export interface NationalForces {
  /** Brings police and military to their targets for this tick; `initial` at tick 0. */
  deploy(initial?: boolean): void
  /** Makes officer `id` a fresh recruit in place (vetting, or replacing a loss). */
  recruit(id: number): void
}

export function nationalForces(world: SsrWorld): NationalForces {
  const { scenario, state, now, grid, agents } = world
  const random = world.rand.recruits
  let initial = false

  const setUp = (id: number, first: boolean) => {
    const force = agents.kind[id] === Kind.police ? scenario.police : scenario.military
    state.capacityOwned[id] = first ? force.capacityOwned : force.recruitCapacity
    state.capacityAssisted[id] = first ? force.capacityAssisted : 0
    const mean = first
      ? force.integrity
      : force.recruitIntegrity + (now.vetting > 0 ? scenario.programmes.vettingGain : 0)
    state.integrity[id] =
      force.integritySpread > 0 ? clamp01(mean + force.integritySpread * (random() - 0.5)) : clamp01(mean)
  }

  const deployment = (kind: KindCode, seen: CountField, draw: () => number): Deployment => ({
    grid,
    agents,
    seen,
    kind,
    random: draw,
    scratch: world.order,
    onArrival: (id) => setUp(id, initial),
  })
  const police = deployment(Kind.police, state.policeSeen, world.rand.policeDeployment)
  const military = deployment(Kind.military, state.militarySeen, world.rand.militaryDeployment)

  return {
    deploy(first = false) {
      initial = first
      const cells = grid.cellCount
      // The counts come from the last census (which saw this tick's battle deaths) and the shocks since.
      state.police = deploy(police, state.police, Math.round(now.policeDensity * cells))
      state.military = deploy(
        military,
        state.military,
        Math.round(now.militaryDensity * state.militaryRetained * cells),
      )
      initial = false
    },
    recruit(id) {
      setUp(id, false)
    },
  }
}
