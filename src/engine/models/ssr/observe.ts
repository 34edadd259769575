// The SSR model's observables, one row per tick, in the order of SSR_OBSERVABLES.
import { SSR_OBSERVABLES, type SsrObservable } from '../../../scenario/schema.ts'
import { Kind, Status } from '../../core/agents.ts'
import { appendRow } from '../../core/observables.ts'
import { capacityOf } from '../../systems/ssr/capacity.ts'
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

/** Sums over the agents of one tick, by index. */
const Sum = {
  citizens: 0,
  free: 1,
  active: 2,
  jailed: 3,
  members: 4,
  legitimacy: 5,
  trustPolice: 6,
  trustMilitary: 7,
  trustPeacekeepers: 8,
  police: 9,
  policeCapacity: 10,
  policeOwned: 11,
  policeIntegrity: 12,
  military: 13,
  militaryCapacity: 14,
  militaryOwned: 15,
  militaryIntegrity: 16,
  peacekeepers: 17,
  spoilers: 18,
} as const
const SUMS = 19

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

function sumAgents(world: SsrWorld, sum: Float64Array): void {
  const { agents, state } = world
  const { alive, kind, status } = agents
  const { cso, legitimacy, capacityOwned, integrity } = state
  const [trustPolice, trustMilitary, trustPeacekeepers] = state.trust
  sum.fill(0)
  for (let id = 0, end = agents.end; id < end; id++) {
    if (alive[id] !== 1) continue
    const k = kind[id]
    if (k === Kind.citizen) {
      sum[Sum.citizens]++
      if (status[id] === Status.jailed) {
        sum[Sum.jailed]++
        continue
      }
      sum[Sum.free]++
      if (status[id] === Status.active) sum[Sum.active]++
      sum[Sum.members] += cso[id]
      sum[Sum.legitimacy] += legitimacy[id]
      sum[Sum.trustPolice] += trustPolice[id]
      sum[Sum.trustMilitary] += trustMilitary[id]
      sum[Sum.trustPeacekeepers] += trustPeacekeepers[id]
    } else if (k === Kind.police) {
      sum[Sum.police]++
      sum[Sum.policeCapacity] += capacityOf(world, id)
      sum[Sum.policeOwned] += capacityOwned[id]
      sum[Sum.policeIntegrity] += integrity[id]
    } else if (k === Kind.military) {
      sum[Sum.military]++
      sum[Sum.militaryCapacity] += capacityOf(world, id)
      sum[Sum.militaryOwned] += capacityOwned[id]
      sum[Sum.militaryIntegrity] += integrity[id]
    } else if (k === Kind.peacekeeper) {
      sum[Sum.peacekeepers]++
    } else {
      sum[Sum.spoilers]++
    }
  }
}

const sums = new Float64Array(SUMS)
const mean = (total: number, n: number) => (n > 0 ? total / n : 0)

export function observe(world: SsrWorld, mandated: number): void {
  const { state, row, now } = world
  const { tally, outcome } = state
  sumAgents(world, sums)
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
  let insecurity = 0
  for (let cell = 0; cell < state.insecurity.length; cell++) insecurity += state.insecurity[cell]
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
  row[c.insecurity] = insecurity / state.insecurity.length
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
