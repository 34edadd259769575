// Epstein's Model I is the SSR model with the reform machinery switched off: police with full
// capacity and integrity as the only force, legitimacy fixed, no spoilers, no civil society, no
// programmes. Then both models draw the same numbers and their citizens act identically.
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { parseScenario } from '../../src/scenario/validate.ts'
import { RULE_VARIANTS } from '../engine/helpers.ts'

function pair(rules: Record<string, string>, legitimacy: unknown, copDensity: unknown) {
  const world = { width: 40, height: 40, topology: 'torus' }
  const civil = parseScenario({
    kind: 'civil-violence',
    name: 'Model I',
    ticks: 120,
    world,
    rules,
    model: { legitimacy, copDensity, maxJailTerm: 30 },
  })
  const ssr = parseScenario({
    kind: 'ssr',
    name: 'SSR with reform off',
    ticks: 120,
    world: { ...world, districtColumns: 1, districtRows: 1 },
    rules,
    districts: [{ name: 'All', hardshipLow: 0, hardshipHigh: 1, density: 0.7, spoilers: 0 }],
    citizens: {
      vision: 7,
      maxJailTerm: 30,
      legitimacyFromTrust: false,
      fixedLegitimacy: legitimacy,
      csoShare: 0,
      csoJoinRate: 0,
      csoLeaveRate: 0,
      riotRate: 0,
    },
    police: {
      density: copDensity,
      capacityOwned: 1,
      capacityAssisted: 0,
      integrity: 1,
      integritySpread: 0,
      recruitIntegrity: 1,
      recruitCapacity: 1,
      spoilerArrestRate: 0,
      patrolEncounterRate: 0,
    },
    military: { density: 0 },
    peacekeepers: { density: 0, abuseRate: 0 },
    reform: { impunity: 0, ownedDecay: 0 },
    programmes: { training: 0, humanRights: 0, vetting: 0, oversight: 0, ddr: 0 },
    insecurity: { hardshipEffect: 0 },
  })
  return { civil, ssr }
}

describe('Model I as a special case of the SSR model', () => {
  it.each(RULE_VARIANTS)('gives the same actives and jailed, tick by tick (%o)', (rules) => {
    const { civil, ssr } = pair(
      rules,
      [
        [0, 0.85],
        [60, 0.7],
      ],
      [
        [0, 0.04],
        [90, 0.02],
      ],
    )
    const a = createSimulation(civil, 5)
    const b = createSimulation(ssr, 5)
    a.step(120)
    b.step(120)
    const one = a.observables()
    const two = b.observables()
    expect(Array.from(two['citizens.active'])).toEqual(Array.from(one.active))
    expect(Array.from(two['citizens.jailed'])).toEqual(Array.from(one.jailed))
    expect(Array.from(two['police.count'])).toEqual(Array.from(one.cops))
    // The comparison means little if nobody rebelled.
    expect(Math.max(...one.active)).toBeGreaterThan(10)
  })
})
