// Citizens' trust in police, military and peacekeepers: each moves towards a target at a bounded
// rate. The target rises with a force's able, lawful presence (and, for peacekeepers, their
// engagement) and falls with local insecurity; abuses and attacks cut trust at once elsewhere
// (conduct.ts, attack.ts). Perceived legitimacy follows from trust and the state's delivery.
//
// A force's presence term depends only on how many of its agents the citizen sees and on its
// district's means, which hold still through a tick's turns (the census sets them at the end of a
// tick, the posture is set before the turns). So the terms are tabulated once a tick, by district
// and count, with the very operations the rule would do, and a turn reads them: the same numbers.
import type { SsrWorld } from '../../models/ssr/world.ts'

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1))

/**
 * Moves `trust` towards `target` by at most `rate`: `trust + rate` when the gap exceeds the rate,
 * `trust - rate` when it falls below minus the rate, else `target`. Which of the three it is changes
 * from one citizen to the next at random (about 38%, 35% and 26% of updates in the baseline), so the
 * choice is made by arithmetic instead of by branches the processor would mostly guess wrong: each
 * candidate is multiplied by 1 or 0 and the products added, which gives the chosen one exactly (the
 * others contribute zeros; all three are finite).
 */
export const approach = (trust: number, target: number, rate: number) => {
  const gap = target - trust
  const up = +(gap > rate)
  const down = +(gap < -rate)
  return up * (trust + rate) + down * (trust - rate) + (1 - up - down) * target
}

export interface TrustRule {
  /** Updates citizen `id`'s trust and its perceived legitimacy. */
  readonly update: (id: number) => void
  /** Tabulates this tick's presence terms; call after the posture is set, before the turns. */
  readonly prepare: () => void
}

/** Builds the trust rule for `world`. */
export function trustDynamics(world: SsrWorld): TrustRule {
  const { scenario, state, means, now, weights } = world
  const { cell } = world.agents
  const { trust } = state
  const { legitimacy, insecurity, policeSeen, militarySeen, peacekeepersSeen } = state
  const districtOf = world.districts.of
  const { baseline, presenceGain, engageGain, insecurityLoss, rate } = scenario.trust
  const perAgent = 1 / scenario.trust.presenceSaturation
  const peacekeeperCapacity = scenario.peacekeepers.capacity
  if (!scenario.citizens.legitimacyFromTrust) {
    return {
      update: (id) => {
        legitimacy[id] = now.fixedLegitimacy
      },
      prepare: () => {},
    }
  }
  // Counts in vision run from 0 to the stencil's size.
  const counts = world.grid.stencil.size + 1
  const districts = world.districts.count
  const policeTerm = new Float64Array(districts * counts)
  const militaryTerm = new Float64Array(districts * counts)
  const peacekeeperTerm = new Float64Array(counts)
  const prepare = () => {
    const peacekeeperWeight =
      presenceGain * peacekeeperCapacity * now.protectShare + engageGain * now.engageShare
    for (let c = 0; c < counts; c++) {
      const presence = Math.min(1, c * perAgent)
      for (let d = 0; d < districts; d++) {
        policeTerm[d * counts + c] =
          presenceGain * presence * means.policeCapacity[d] * means.policeIntegrity[d]
        militaryTerm[d * counts + c] =
          presenceGain * presence * means.militaryCapacity[d] * means.militaryIntegrity[d]
      }
      peacekeeperTerm[c] = presence * peacekeeperWeight
    }
  }
  const update = (id: number) => {
    const at = cell[id]
    const row = districtOf[at] * counts
    const loss = insecurityLoss * Math.min(insecurity[at], 1)
    const policeTarget = clamp01(baseline + policeTerm[row + policeSeen[at]] - loss)
    const militaryTarget = clamp01(baseline + militaryTerm[row + militarySeen[at]] - loss)
    const peacekeeperTarget = clamp01(baseline + peacekeeperTerm[peacekeepersSeen[at]] - loss)
    const own = 3 * id
    const p = approach(trust[own], policeTarget, rate)
    const m = approach(trust[own + 1], militaryTarget, rate)
    trust[own] = p
    trust[own + 1] = m
    trust[own + 2] = approach(trust[own + 2], peacekeeperTarget, rate)
    legitimacy[id] =
      weights.base + weights.police * p + weights.military * m + weights.delivery * now.politicalWill
  }
  return { update, prepare }
}
