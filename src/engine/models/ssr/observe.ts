// The SSR model's observables, one row per tick, in the order of SSR_OBSERVABLES.
import { SSR_OBSERVABLES, type SsrObservable } from '../../../scenario/schema.ts'
import { appendRow } from '../../core/observables.ts'
import { Sum } from './aggregates.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, Tally } from './state.ts'
import type { SsrWorld } from './world.ts'

const at = (name: SsrObservable) => SSR_OBSERVABLES.indexOf(name)

/** Column index of each observable (an object literal, so that reading it stays fast). */
export const COLUMN = {
  pkStrength: at('pk.strength'),
  pkCount: at('pk.count'),
  pkTrust: at('pk.trust'),
  pkViolence: at('pk.violence'),
  policeCount: at('police.count'),
  policeCapacity: at('police.capacity'),
  policeCapacityOwned: at('police.capacityOwned'),
  policeIntegrity: at('police.integrity'),
  policeTrust: at('police.trust'),
  policeViolence: at('police.violence'),
  militaryCount: at('military.count'),
  militaryCapacity: at('military.capacity'),
  militaryCapacityOwned: at('military.capacityOwned'),
  militaryIntegrity: at('military.integrity'),
  militaryTrust: at('military.trust'),
  militaryViolence: at('military.violence'),
  spoilersCount: at('spoilers.count'),
  spoilersViolence: at('spoilers.violence'),
  spoilersRecruits: at('spoilers.recruits'),
  citizensCount: at('citizens.count'),
  citizensActive: at('citizens.active'),
  citizensJailed: at('citizens.jailed'),
  citizensLegitimacy: at('citizens.legitimacy'),
  citizensViolence: at('citizens.violence'),
  arrests: at('arrests'),
  csoShare: at('cso.share'),
  civiliansKilled: at('civilians.killed'),
  battleDeaths: at('battle.deaths'),
  casualties: at('casualties'),
  abuses: at('abuses'),
  violenceEvents: at('violence.events'),
  violenceRate: at('violence.rate'),
  violenceRolling: at('violence.rolling'),
  insecurity: at('insecurity'),
  politicalWill: at('politicalWill'),
  drawdownPhase: at('drawdown.phase'),
}

/** Violence events of the tick: abuses by any force, spoiler attacks, military engagements and riots. */
export function violenceEvents(tally: Float64Array): number {
  return (
    tally[Tally.riots] +
    tally[Tally.policeAbuses] +
    tally[Tally.militaryAbuses] +
    tally[Tally.peacekeeperAbuses] +
    tally[Tally.attacks] +
    tally[Tally.engagements]
  )
}

const mean = (total: number, n: number) => (n > 0 ? total / n : 0)

export function observe(world: SsrWorld, mandated: number): void {
  const { state, row, now } = world
  const { tally, outcome } = state
  const { sums } = world
  const citizens = sums[Sum.citizens]
  const free = sums[Sum.free]
  const police = sums[Sum.police]
  const military = sums[Sum.military]
  const events = violenceEvents(tally)
  const rate = citizens > 0 ? (10_000 * events) / citizens : 0
  const window = outcome.recent.length
  outcome.recent[state.tick % window] = rate
  outcome.recentCount++
  let recentSum = 0
  const recentCount = Math.min(outcome.recentCount, window)
  for (let i = 0; i < recentCount; i++) recentSum += outcome.recent[i]
  const c = COLUMN
  row[c.pkStrength] = mandated > 0 ? sums[Sum.peacekeepers] / mandated : 0
  row[c.pkCount] = sums[Sum.peacekeepers]
  row[c.pkTrust] = mean(sums[Sum.trustPeacekeepers], free)
  row[c.pkViolence] = tally[Tally.peacekeeperAbuses]
  row[c.policeCount] = police
  row[c.policeCapacity] = mean(sums[Sum.policeCapacity], police)
  row[c.policeCapacityOwned] = mean(sums[Sum.policeOwned], police)
  row[c.policeIntegrity] = mean(sums[Sum.policeIntegrity], police)
  row[c.policeTrust] = mean(sums[Sum.trustPolice], free)
  row[c.policeViolence] = tally[Tally.policeAbuses]
  row[c.militaryCount] = military
  row[c.militaryCapacity] = mean(sums[Sum.militaryCapacity], military)
  row[c.militaryCapacityOwned] = mean(sums[Sum.militaryOwned], military)
  row[c.militaryIntegrity] = mean(sums[Sum.militaryIntegrity], military)
  row[c.militaryTrust] = mean(sums[Sum.trustMilitary], free)
  row[c.militaryViolence] = tally[Tally.militaryAbuses] + tally[Tally.engagements]
  row[c.spoilersCount] = sums[Sum.spoilers]
  row[c.spoilersViolence] = tally[Tally.attacks]
  row[c.spoilersRecruits] = tally[Tally.recruits]
  row[c.citizensCount] = citizens
  row[c.citizensActive] = sums[Sum.active]
  row[c.citizensJailed] = sums[Sum.jailed]
  row[c.citizensLegitimacy] = mean(sums[Sum.legitimacy], free)
  row[c.citizensViolence] = tally[Tally.riots]
  // Police arrests of active citizens, and spoilers taken into custody by police or peacekeepers.
  row[c.arrests] = world.arrests + tally[Tally.arrests]
  row[c.csoShare] = mean(sums[Sum.members], free)
  row[c.civiliansKilled] = tally[Tally.civiliansKilled]
  row[c.battleDeaths] = tally[Tally.battleDeaths]
  row[c.casualties] = tally[Tally.civiliansKilled] + tally[Tally.battleDeaths]
  row[c.abuses] = tally[Tally.policeAbuses] + tally[Tally.militaryAbuses] + tally[Tally.peacekeeperAbuses]
  row[c.violenceEvents] = events
  row[c.violenceRate] = rate
  row[c.violenceRolling] = recentCount > 0 ? recentSum / recentCount : 0
  row[c.insecurity] = state.insecurityTotal / state.insecurity.length
  row[c.politicalWill] = now.politicalWill
  row[c.drawdownPhase] = state.drawdown.phase
  for (let d = 0; d < world.districts.count; d++) {
    const base = d * DISTRICT_TALLY_SIZE
    const t = state.districtTally
    row[SSR_OBSERVABLES.length + d] =
      t[base + DistrictTally.policeAbuses] +
      t[base + DistrictTally.militaryAbuses] +
      t[base + DistrictTally.peacekeeperAbuses] +
      t[base + DistrictTally.attacks] +
      t[base + DistrictTally.engagements] +
      t[base + DistrictTally.riots]
  }
  appendRow(state.observables, row)
}
