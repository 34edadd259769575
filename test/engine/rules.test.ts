// Epstein's rule details that the classic implementations disagree on.
import { describe, expect, it } from 'vitest'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import { activityLimit, refreshActivityLimits } from '../../src/engine/systems/activity.ts'
import { arrestProbability, Ratio, roundHalfEven } from '../../src/engine/systems/uprising.ts'
import { civilScenario } from './helpers.ts'

describe('ratio rounding', () => {
  it("rounds halves to even like Python's round (Mesa)", () => {
    expect(roundHalfEven(1, 2)).toBe(0)
    expect(roundHalfEven(3, 2)).toBe(2)
    expect(roundHalfEven(5, 2)).toBe(2)
    expect(roundHalfEven(7, 2)).toBe(4)
    expect(roundHalfEven(2, 3)).toBe(1)
    expect(roundHalfEven(1, 3)).toBe(0)
    expect(roundHalfEven(0, 5)).toBe(0)
  })

  it('gives P ≈ 0.9 for one cop and one active, as k = 2.3 intends', () => {
    const world = civilViolence.create(civilScenario(), 1)
    expect(arrestProbability(world.rules, 1, 1)).toBeCloseTo(0.9, 2)
    expect(world.rules.ratio).toBe(Ratio.rounded)
    expect(arrestProbability(world.rules, 2, 5)).toBe(0) // round(0.4) = 0
  })
})

describe('activity limits', () => {
  it('agree with evaluating the activation rule directly at every ratio', () => {
    for (const arrestRatio of ['rounded', 'floored'] as const) {
      const world = civilViolence.create(civilScenario({ rules: { arrestRatio } }), 4)
      const { agents, rules } = world
      let someActive = 0
      for (let id = 0; id < 300; id++) {
        const limit = activityLimit(world, id, 0.7)
        for (let ratio = 0; ratio < 6; ratio++) {
          const grievance = agents.hardship[id] * (1 - 0.7)
          const direct =
            grievance - agents.riskAversion[id] * rules.arrestProbabilityByRatio[ratio] > rules.threshold
          expect(ratio <= limit).toBe(direct)
        }
        if (limit >= 0) someActive++
      }
      expect(someActive).toBeGreaterThan(0)
    }
  })

  it('are kept in an array wide enough for the largest, one byte a citizen where that fits', () => {
    const shapes = [
      { neighbourhood: 'von-neumann', vision: 7, bytes: 1 }, // 113 cells: limits up to 114
      { neighbourhood: 'moore', vision: 8, bytes: 2 }, // 289 cells: limits up to 290
    ] as const
    for (const { neighbourhood, vision, bytes } of shapes) {
      const world = civilViolence.create(
        civilScenario({ rules: { neighbourhood }, model: { vision, legitimacy: 0.1 } }),
        3,
      )
      refreshActivityLimits(world)
      expect(world.activeUpTo.BYTES_PER_ELEMENT).toBe(bytes)
      let largest = -1
      for (let id = 0; id < world.citizens; id++) {
        const limit = activityLimit(world, id, world.legitimacy)
        expect(world.activeUpTo[id]).toBe(limit)
        largest = Math.max(largest, limit)
      }
      // Some citizen is active at every ratio, so the widest limit was stored.
      expect(largest).toBe(world.grid.stencil.size + 1)
    }
  })
})
