// The drawdown outcome is judged over one window after exit: runs extend to cover it, a verdict is
// final only when the window is complete, time to relapse is a survival time censored at the end of
// what was observed, and a mission that leaves a war is "never stabilised", not a relapse.
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { libraryScenario } from '../validation/library.ts'

const small = (overrides: Record<string, unknown>) =>
  libraryScenario('baseline', undefined, {
    'world.width': 30,
    'world.height': 30,
    'drawdown.policy': 'abrupt',
    'drawdown.exitTick': 20,
    'outcomes.horizonYears': 1,
    ticks: 40,
    ...overrides,
  })

describe('the outcome window after exit', () => {
  it('extends the run to exit + window and is complete only at its end', () => {
    const sim = createSimulation(small({}), 3)
    expect(sim.plannedTicks()).toBe(40)
    sim.step(30)
    expect(sim.plannedTicks()).toBe(72)
    const partial = sim.outcome()
    expect(partial?.ticksObservedAfterExit).toBe(10)
    if (partial?.outcome !== 'relapse') {
      expect(partial?.complete).toBe(false)
      expect(partial?.survivalTicks).toBe(10)
      expect(partial?.censored).toBe(true)
    }
    sim.runToEnd()
    expect(sim.tick).toBe(72)
    const final = sim.outcome()
    expect(final?.complete).toBe(true)
    expect(final?.ticksObservedAfterExit).toBe(52)
    expect(final?.horizonTicks).toBe(52)
    if (final?.outcome === 'relapse') {
      expect(final.survivalTicks).toBe(final.timeToRelapse)
      expect(final.censored).toBe(false)
    } else {
      expect(final?.survivalTicks).toBe(52)
      expect(final?.censored).toBe(true)
    }
  })

  it('calls a mission that leaves above the threshold never stabilised, with no survival time', () => {
    const sim = createSimulation(small({ 'outcomes.relapseThreshold': 1e-6 }), 3)
    sim.runToEnd()
    const outcome = sim.outcome()
    expect(outcome?.violenceAtExit).toBeGreaterThan(1e-6)
    expect(outcome?.outcome).toBe('never-stabilised')
    expect(outcome?.timeToRelapse).toBeNull()
    expect(outcome?.survivalTicks).toBeNull()
    expect(outcome?.complete).toBe(true)
    expect(sim.events().some((event) => event.kind === 'relapse')).toBe(false)
  })

  it('does not wait for an exit later than the scenario ticks', () => {
    const sim = createSimulation(small({ 'drawdown.exitTick': 60 }), 3)
    sim.runToEnd()
    expect(sim.tick).toBe(40)
    expect(sim.outcome()).toMatchObject({ outcome: 'not-exited', complete: true, survivalTicks: null })
  })
})
