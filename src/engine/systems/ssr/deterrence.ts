// Local deterrence: the able security presence a spoiler sees. Police and soldiers count with
// their district's mean capacity; peacekeepers with the mission's capacity and deterrence weight,
// in full on protection duty and in part otherwise.
import type { SsrWorld } from '../../models/ssr/world.ts'

export function deterrence(world: SsrWorld): (cell: number) => number {
  const { state, means, now, scenario } = world
  const { policeSeen, militarySeen, peacekeepersSeen } = state
  const districtOf = world.districts.of
  const { capacity, deterrence: weight, passiveDeterrence } = scenario.peacekeepers
  return (cell) => {
    const d = districtOf[cell]
    const peacekeeper = capacity * weight * (passiveDeterrence + (1 - passiveDeterrence) * now.protectShare)
    return (
      policeSeen[cell] * means.policeCapacity[d] +
      militarySeen[cell] * means.militaryCapacity[d] +
      peacekeepersSeen[cell] * peacekeeper
    )
  }
}
