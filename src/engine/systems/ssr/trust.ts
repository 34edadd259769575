// Citizens' trust in police, military and peacekeepers: each moves towards a target at a bounded
// rate. The target rises with a force's able, lawful presence (and, for peacekeepers, their
// engagement) and falls with local insecurity; abuses and attacks cut trust at once elsewhere
// (conduct.ts, attack.ts). Perceived legitimacy follows from trust and the state's delivery.
import type { SsrWorld } from '../../models/ssr/world.ts'

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1))

/** Moves `trust` towards `target` by at most `rate`. */
const approach = (trust: number, target: number, rate: number) => {
  const gap = target - trust
  return gap > rate ? trust + rate : gap < -rate ? trust - rate : target
}

/** Builds the trust rule: updates citizen `id`'s trust and its perceived legitimacy. */
export function trustDynamics(world: SsrWorld): (id: number) => void {
  const { scenario, state, means, now, weights } = world
  const { cell } = world.agents
  const { trust } = state
  const { legitimacy, insecurity, policeSeen, militarySeen, peacekeepersSeen } = state
  const districtOf = world.districts.of
  const { baseline, presenceGain, engageGain, insecurityLoss, rate } = scenario.trust
  const perAgent = 1 / scenario.trust.presenceSaturation
  const peacekeeperCapacity = scenario.peacekeepers.capacity
  if (!scenario.citizens.legitimacyFromTrust) {
    return (id) => {
      legitimacy[id] = now.fixedLegitimacy
    }
  }
  return (id) => {
    const at = cell[id]
    const d = districtOf[at]
    const loss = insecurityLoss * Math.min(insecurity[at], 1)
    const police = Math.min(1, policeSeen[at] * perAgent)
    const military = Math.min(1, militarySeen[at] * perAgent)
    const peacekeepers = Math.min(1, peacekeepersSeen[at] * perAgent)
    const policeTarget = clamp01(
      baseline + presenceGain * police * means.policeCapacity[d] * means.policeIntegrity[d] - loss,
    )
    const militaryTarget = clamp01(
      baseline + presenceGain * military * means.militaryCapacity[d] * means.militaryIntegrity[d] - loss,
    )
    const peacekeeperTarget = clamp01(
      baseline +
        peacekeepers *
          (presenceGain * peacekeeperCapacity * now.protectShare + engageGain * now.engageShare) -
        loss,
    )
    const own = 3 * id
    const p = approach(trust[own], policeTarget, rate)
    const m = approach(trust[own + 1], militaryTarget, rate)
    trust[own] = p
    trust[own + 1] = m
    trust[own + 2] = approach(trust[own + 2], peacekeeperTarget, rate)
    legitimacy[id] =
      weights.base + weights.police * p + weights.military * m + weights.delivery * now.politicalWill
  }
}
