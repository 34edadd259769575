// Same scenario and seed give bit-identical runs; a snapshot restored and continued is
// indistinguishable from a run that never stopped.
import { describe, expect, it } from 'vitest'
import { createSimulation, restoreSimulation } from '../../src/engine/simulation.ts'
import { libraryScenario } from '../validation/library.ts'
import { civilScenario, RULE_VARIANTS } from './helpers.ts'

describe('determinism', () => {
  it('repeats a run exactly for the same seed, and differs for another seed', () => {
    const scenario = civilScenario()
    const a = createSimulation(scenario, 7)
    const b = createSimulation(scenario, 7)
    const c = createSimulation(scenario, 8)
    a.step(60)
    b.step(60)
    c.step(60)
    expect(a.hash()).toBe(b.hash())
    expect(a.observables()).toEqual(b.observables())
    expect(c.hash()).not.toBe(a.hash())
  })

  it.each(RULE_VARIANTS)('continues identically after snapshot and restore (%o)', (rules) => {
    const scenario = civilScenario({ rules, model: { legitimacy: 0.75 } })
    const straight = createSimulation(scenario, 3)
    straight.step(50)
    const first = createSimulation(scenario, 3)
    first.step(20)
    const snapshot = structuredClone(first.snapshot())
    first.step(5) // the snapshot must not share state with the running simulation
    const resumed = restoreSimulation(snapshot)
    expect(resumed.tick).toBe(20)
    resumed.step(30)
    expect(resumed.hash()).toBe(straight.hash())
    expect(resumed.observables()).toEqual(straight.observables())
  })

  it('does not change a trajectory when it is observed, hashed or drawn', () => {
    const scenario = civilScenario()
    const watched = createSimulation(scenario, 11)
    const unwatched = createSimulation(scenario, 11)
    for (let t = 0; t < 30; t++) {
      watched.step()
      watched.frame()
      watched.latest()
      watched.hash()
      watched.snapshot()
    }
    unwatched.step(30)
    expect(watched.hash()).toBe(unwatched.hash())
  })

  it('never calls Math.random or the clock', () => {
    const original = { random: Math.random, now: Date.now, perf: performance.now }
    const forbidden = () => {
      throw new Error('the engine reached for ambient randomness or time')
    }
    Math.random = forbidden
    Date.now = forbidden
    performance.now = forbidden
    try {
      const sim = createSimulation(civilScenario({ rules: { turn: 'netlogo', jailed: 'leave-grid' } }), 5)
      sim.step(20)
      sim.frame()
      sim.snapshot()
      expect(sim.tick).toBe(20)
    } finally {
      Math.random = original.random
      Date.now = original.now
      performance.now = original.perf
    }
  })
})

describe('determinism of the SSR model', () => {
  it('continues identically after snapshot and restore, events and outcome included', () => {
    const scenario = libraryScenario('baseline', 'abrupt-exit-year-2', {
      'world.width': 50,
      'world.height': 50,
      ticks: 200,
    })
    const straight = createSimulation(scenario, 4)
    straight.step(200)
    const first = createSimulation(scenario, 4)
    first.step(97)
    const resumed = restoreSimulation(structuredClone(first.snapshot()))
    resumed.step(103)
    expect(resumed.hash()).toBe(straight.hash())
    expect(resumed.observables()).toEqual(straight.observables())
    expect(resumed.events()).toEqual(straight.events())
    expect(resumed.outcome()).toEqual(straight.outcome())
    expect(straight.outcome()?.exitTick).toBe(104)
  })
})
