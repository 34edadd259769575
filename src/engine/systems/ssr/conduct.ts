// Conduct of the forces: each encounter is lawful with the officer's integrity (less under
// impunity, when political will is low); an unlawful one is an abuse. Witnesses lose trust in the
// abusing force at once; civil-society members among them report it, and a report may lead to a
// sanction, which raises the abuser's integrity and gives witnesses back part of their trust.
import { Kind, Status } from '../../core/agents.ts'
import { forEachAgentInVision } from '../../core/select.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from '../../models/ssr/state.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { markInsecurity } from './insecurity.ts'

/** The three forces, as indexes into trust arrays and tallies. */
export const Force = { police: 0, military: 1, peacekeepers: 2 } as const
export type ForceCode = (typeof Force)[keyof typeof Force]

const FORCE_TALLY = [Tally.policeAbuses, Tally.militaryAbuses, Tally.peacekeeperAbuses]
const FORCE_DISTRICT_TALLY = [
  DistrictTally.policeAbuses,
  DistrictTally.militaryAbuses,
  DistrictTally.peacekeeperAbuses,
]

export interface Conduct {
  /** An encounter between national officer `officer` and whoever is on `cell`; true if it was an abuse. */
  encounter(officer: number, cell: number): boolean
  /** Records an abuse by `force` on `cell`; `abuser` is the national officer, or −1. */
  abuse(force: ForceCode, abuser: number, cell: number): void
  /** The chance that national officer `id` acts lawfully now. */
  lawful(id: number): number
}

export function conduct(world: SsrWorld): Conduct {
  const { scenario, state, now, grid, districts } = world
  const { agents } = world
  const { kind, status } = agents
  const { trust, cso, integrity, tally, districtTally } = state
  const { abuseLoss, militaryAbuseWeight, sanctionRestore } = scenario.trust
  const { impunity, sanctionGain, sanctionWithoutSupport } = scenario.reform
  const perAbuse = scenario.insecurity.perAbuse
  const witnesses = new Int32Array(grid.stencil.size)
  const losses = new Float64Array(grid.stencil.size)
  const random = world.rand.conduct
  const sanctionDraw = world.rand.sanction

  const lawful = (id: number) => integrity[id] * (1 - impunity * (1 - now.politicalWill))

  const abuse = (force: ForceCode, abuser: number, at: number) => {
    const d = districts.of[at]
    tally[FORCE_TALLY[force]]++
    districtTally[d * DISTRICT_TALLY_SIZE + FORCE_DISTRICT_TALLY[force]]++
    markInsecurity(world, at, perAbuse)
    const loss = abuseLoss * (force === Force.military ? militaryAbuseWeight : 1)
    let seen = 0
    let reported = false
    forEachAgentInVision(grid, agents.occupant, at, (id) => {
      if (kind[id] !== Kind.citizen || status[id] === Status.jailed) return
      const lost = Math.min(trust[3 * id + force], loss)
      trust[3 * id + force] -= lost
      witnesses[seen] = id
      losses[seen] = lost
      seen++
      if (cso[id] === 1) reported = true
    })
    districtTally[d * DISTRICT_TALLY_SIZE + DistrictTally.witnesses] += seen
    if (!reported) return
    const chance = now.justice * (sanctionWithoutSupport + (1 - sanctionWithoutSupport) * now.oversight)
    if (chance <= 0 || sanctionDraw() >= chance) return
    if (abuser >= 0) integrity[abuser] += sanctionGain * (1 - integrity[abuser])
    for (let i = 0; i < seen; i++) trust[3 * witnesses[i] + force] += sanctionRestore * losses[i]
  }

  return {
    lawful,
    abuse,
    encounter(officer, at) {
      const chance = lawful(officer)
      if (chance >= 1 || random() < chance) return false
      abuse(kind[officer] === Kind.military ? Force.military : Force.police, officer, at)
      return true
    },
  }
}
