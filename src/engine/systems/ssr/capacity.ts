// Capacity building and its limits. Mentoring (peacekeepers in vision, scaled by coordination
// and mentor posture) and training add assisted capacity; political will and local ownership turn
// it into owned capacity; assisted capacity decays with no peacekeeper near (dependence) and owned
// capacity erodes when will is low. High ownership slows growth but keeps what is built. While the
// district still has peacekeepers, partnering keeps most of it (a mentor is never far); once the
// district is handed over, it fades in full.
import type { SsrWorld } from '../../models/ssr/world.ts'

/** A national officer's capacity: owned plus assisted, at most 1. */
export function capacityOf(world: SsrWorld, id: number): number {
  const total = world.state.capacityOwned[id] + world.state.capacityAssisted[id]
  return Math.min(total, 1)
}

/** How far the mean owned capacity of district `d`'s police falls short of self-reliance, as a share
 * of it: 0 once they stand on their own, 1 with nothing owned (and always 1 when self-reliance is 0).
 * It scales what a handover invites: withdrawal boldness and returning fighters. */
export function policeShortfall(world: SsrWorld, d: number): number {
  const selfReliant = world.scenario.reform.selfReliantCapacity
  if (selfReliant <= 0) return 1
  const shortfall = 1 - world.means.policeOwned[d] / selfReliant
  // biome-ignore lint/complexity/useMathMinMax: a district without police has a NaN mean, which must give 0
  return shortfall > 0 ? shortfall : 0
}

/** Builds capacity building: one tick of it for national officer `id`. */
export function capacityBuilding(world: SsrWorld): (id: number) => void {
  const { state, now, scenario } = world
  const { capacityOwned, capacityAssisted, peacekeepersSeen } = state
  const { cell } = world.agents
  const { mentorRate, ownershipGrowthCost, conversionRate, assistedDecay, ownedDecay } = scenario.reform
  const partnered = assistedDecay * scenario.reform.assistedDecayWithMission
  const { trainingRate } = scenario.programmes
  const perAgent = 1 / scenario.trust.presenceSaturation
  // Peacekeepers serving in each district, as of the last deployment.
  const missionIn = world.deployment.present
  const districtOf = world.districts.of
  return (id) => {
    const at = cell[id]
    const mentors = peacekeepersSeen[at]
    let owned = capacityOwned[id]
    let assisted = capacityAssisted[id]
    const growth =
      (mentorRate * now.mentorShare * Math.min(1, mentors * perAgent) + trainingRate * now.training) *
      now.coordination *
      (1 - ownershipGrowthCost * now.ownership)
    const total = owned + assisted
    if (growth > 0 && total < 1) assisted += growth * (1 - total)
    const converted = conversionRate * now.politicalWill * now.ownership * assisted
    assisted -= converted
    owned += converted
    if (mentors === 0) assisted -= (missionIn[districtOf[at]] > 0 ? partnered : assistedDecay) * assisted
    owned -= ownedDecay * (1 - now.politicalWill) * owned
    capacityOwned[id] = owned
    capacityAssisted[id] = assisted
  }
}

/** Builds integrity programmes: human-rights training for officer `id`, and vetting, which
 * dismisses an officer below the bar and puts a fresh recruit (little capacity) in their place. */
export function integrityProgrammes(world: SsrWorld, recruit: (id: number) => void): (id: number) => void {
  const { state, now, scenario } = world
  const { integrity } = state
  const { humanRightsRate, vettingRate, vettingBar } = scenario.programmes
  const random = world.rand.vetting
  return (id) => {
    if (now.humanRights > 0) integrity[id] += humanRightsRate * now.humanRights * (1 - integrity[id])
    if (now.vetting > 0 && integrity[id] < vettingBar && random() < vettingRate * now.vetting) recruit(id)
  }
}
