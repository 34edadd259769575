// Returning fighters (docs/ODD.md 3.3.24): once the mission has left the country, a handed-over
// district's spoiler inflow is multiplied by 1 + returnBoost × the police's shortfall below
// self-reliance × a share fading linearly over returnTicks after the exit; nothing before the exit,
// where the mission never handed over, where the police are self-reliant, or once the return has faded.
import { describe, expect, it } from 'vitest'
import { ssr } from '../../src/engine/models/ssr/index.ts'
import type { SsrWorld } from '../../src/engine/models/ssr/world.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { returningFighters } from '../../src/engine/systems/ssr/inflow.ts'
import type { SsrScenario } from '../../src/scenario/schema.ts'
import { libraryScenario } from '../validation/library.ts'

function worldWith(overrides: Record<string, unknown>): SsrWorld {
  const sized = { 'world.width': 30, 'world.height': 30, ...overrides }
  return ssr.create(libraryScenario('baseline', undefined, sized) as SsrScenario, 1).world
}

/** The world `ticks` after an exit at tick 100, with district 0 handed over and its police owning `owned`. */
function afterExit(world: SsrWorld, ticks: number, owned: number): SsrWorld {
  world.state.drawdown.exitTick = 100
  world.state.tick = 100 + ticks
  world.state.peacekeepers = 0
  world.state.drawdown.handedOver[0] = 1
  world.means.policeOwned[0] = owned
  return world
}

describe('returning fighters', () => {
  const boost = { 'spoilers.returnBoost': 60, 'spoilers.returnTicks': 78, 'reform.selfReliantCapacity': 0.4 }

  it('multiply the inflow by 1 + boost × shortfall × the share of the return still to come', () => {
    expect(returningFighters(afterExit(worldWith(boost), 0, 0.1), 0)).toBeCloseTo(1 + 60 * 0.75, 12)
    expect(returningFighters(afterExit(worldWith(boost), 39, 0.1), 0)).toBeCloseTo(1 + 60 * 0.75 * 0.5, 12)
    expect(returningFighters(afterExit(worldWith(boost), 39, 0.3), 0)).toBeCloseTo(1 + 60 * 0.25 * 0.5, 12)
  })

  it('are gone once the return has faded, or where the police stand on their own', () => {
    expect(returningFighters(afterExit(worldWith(boost), 78, 0.1), 0)).toBe(1)
    expect(returningFighters(afterExit(worldWith(boost), 10, 0.4), 0)).toBe(1)
    expect(returningFighters(afterExit(worldWith(boost), 10, 0.55), 0)).toBe(1)
  })

  it('wait for the whole mission to leave, and for a district it handed over', () => {
    const stillThere = afterExit(worldWith(boost), 10, 0.1)
    stillThere.state.peacekeepers = 3
    expect(returningFighters(stillThere, 0)).toBe(1)
    expect(returningFighters(afterExit(worldWith(boost), 10, 0.1), 1)).toBe(1)
    const noExit = afterExit(worldWith(boost), 10, 0.1)
    noExit.state.drawdown.exitTick = -1
    expect(returningFighters(noExit, 0)).toBe(1)
  })

  it('take the whole boost when self-reliance is 0, and nothing when the boost is 0', () => {
    const anyCapacity = { ...boost, 'reform.selfReliantCapacity': 0 }
    expect(returningFighters(afterExit(worldWith(anyCapacity), 0, 0.9), 0)).toBe(61)
    expect(returningFighters(afterExit(worldWith({ 'spoilers.returnBoost': 0 }), 0, 0.1), 0)).toBe(1)
  })

  it('leave a run alone until the exit, and bring more spoilers after it', () => {
    const arm = {
      'world.width': 40,
      'world.height': 40,
      'drawdown.policy': 'abrupt',
      'drawdown.exitTick': 30,
    }
    const runs = [0, 60].map((returnBoost) => {
      const sim = createSimulation(worldWith({ ...arm, 'spoilers.returnBoost': returnBoost }).scenario, 5)
      sim.step(70)
      return sim.observables()['spoilers.count']
    })
    expect(Array.from(runs[1].subarray(0, 31))).toEqual(Array.from(runs[0].subarray(0, 31)))
    expect(runs[1][70]).toBeGreaterThan(runs[0][70])
  })
})
