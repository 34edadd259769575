// Notable events the SSR model reports, each with its district and its cause in data: clusters of
// abuses, spoiler attacks, recruitment surges and collapses of trust in a force. Thresholds are
// reporting choices, not model parameters: they decide what is worth a line in the event log.

import { Kind } from '../../core/agents.ts'
import { record } from '../../core/events.ts'
import { DISTRICT_TALLY_SIZE, DistrictTally, FORCES } from './state.ts'
import type { SsrWorld } from './world.ts'

/** Abuses in one district in one tick that make a cluster. */
const ABUSE_CLUSTER = 3
/** Attacks (or civilians killed) in one district in one tick worth reporting. */
const ATTACK_REPORT = 2
/** Recruits in one district in one tick that make a surge. */
const RECRUITMENT_SURGE = 3
/** Fall of a district's mean trust in a force over the rolling window that counts as a collapse. */
const TRUST_COLLAPSE = 0.1

const FORCE_ABUSES = [
  DistrictTally.policeAbuses,
  DistrictTally.militaryAbuses,
  DistrictTally.peacekeeperAbuses,
]

export function reportNotable(world: SsrWorld): void {
  const { state, districts, means } = world
  const t = state.tick
  const D = districts.count
  const window = state.outcome.recent.length
  const slot = (t % window) * D * FORCES.length
  for (let d = 0; d < D; d++) {
    const at = (i: number) => state.districtTally[d * DISTRICT_TALLY_SIZE + i]
    const abuses = FORCE_ABUSES.map(at)
    for (let f = 0; f < FORCES.length; f++) {
      const index = d * FORCES.length + f
      state.abuseWindow[index] += abuses[f] - state.abuseRing[slot + index]
      state.abuseRing[slot + index] = abuses[f]
    }
    const attackSlot = (t % window) * D + d
    state.attackWindow[d] += at(DistrictTally.attacks) - state.attackRing[attackSlot]
    state.attackRing[attackSlot] = at(DistrictTally.attacks)
    const total = abuses[0] + abuses[1] + abuses[2]
    if (total >= ABUSE_CLUSTER) {
      const worst = abuses.indexOf(Math.max(...abuses))
      record(state.events, t, 'abuse-cluster', d, {
        actor: FORCES[worst],
        abuses: total,
        police: abuses[0],
        military: abuses[1],
        peacekeepers: abuses[2],
        witnesses: at(DistrictTally.witnesses),
      })
    }
    if (at(DistrictTally.attacks) >= ATTACK_REPORT || at(DistrictTally.civiliansKilled) >= ATTACK_REPORT) {
      record(state.events, t, 'spoiler-attack', d, {
        attacks: at(DistrictTally.attacks),
        civiliansKilled: at(DistrictTally.civiliansKilled),
        battleDeaths: at(DistrictTally.battleDeaths),
      })
    }
    if (at(DistrictTally.recruits) >= RECRUITMENT_SURGE) {
      record(state.events, t, 'recruitment-surge', d, { recruits: at(DistrictTally.recruits) })
    }
    for (let f = 0; f < FORCES.length; f++) {
      const index = d * FORCES.length + f
      const now = means.trust[index]
      const before = state.trustHistory[slot + index]
      state.trustHistory[slot + index] = now
      if (t < window || t < state.collapseQuiet[index] || before - now < TRUST_COLLAPSE) continue
      state.collapseQuiet[index] = t + window
      record(state.events, t, 'trust-collapse', d, {
        actor: FORCES[f],
        before,
        after: now,
        abuses: state.abuseWindow[index],
        attacks: state.attackWindow[d],
        peacekeepers: peacekeepersIn(world, d),
      })
    }
  }
}

function peacekeepersIn(world: SsrWorld, d: number): number {
  const { agents, state } = world
  let n = 0
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] === 1 && agents.kind[id] === Kind.peacekeeper && state.home[id] === d) n++
  }
  return n
}
