// Leaving the armed groups: any spoiler may desert and go home; while DDR runs, a spoiler in a
// district whose citizens grant the state enough legitimacy may also lay down arms through it.
import { Kind } from '../../core/agents.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { convert } from './convert.ts'

export function demobilisation(world: SsrWorld): (id: number) => boolean {
  const { means, now, scenario, districts } = world
  const { cell } = world.agents
  const { ddrRate, ddrLegitimacy, desertion } = scenario.spoilers
  const random = world.rand.demobilisation
  return (id) => {
    const programme =
      now.ddr > 0 && means.legitimacy[districts.of[cell[id]]] >= ddrLegitimacy ? ddrRate * now.ddr : 0
    const leaving = desertion + programme
    if (leaving <= 0 || random() >= leaving) return false
    convert(world, id, Kind.citizen)
    return true
  }
}
