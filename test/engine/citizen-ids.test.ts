// Model I tells a citizen from a cop by its id (citizens are the ids below `world.citizens`: they
// are placed first and never leave), so its turns need not read the kind array. This checks the
// premise while cops come and go with the density schedule, under both placements and rule
// variants, and after a restore.
import { describe, expect, it } from 'vitest'
import { type Agents, Kind } from '../../src/engine/core/agents.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import { civilScenario } from './helpers.ts'

/** Ids whose kind disagrees with their side of the `citizens` line, among agents alive. */
function misplaced(agents: Agents, citizens: number): number[] {
  const wrong: number[] = []
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] === 1 && (agents.kind[id] === Kind.citizen) !== id < citizens) wrong.push(id)
  }
  return wrong
}

describe('Model I citizen ids', () => {
  const cases = (['exact', 'per-cell'] as const).flatMap((placement) =>
    (['mesa', 'netlogo'] as const).flatMap((turn) =>
      (['keep-cell', 'leave-grid'] as const).map((jailed) => ({ placement, turn, jailed })),
    ),
  )
  it.each(cases)('are the ids below the citizen count while cops come and go (%o)', (rules) => {
    const scenario = civilScenario({
      world: { width: 31, height: 23, topology: 'torus' },
      rules,
      model: {
        legitimacy: 0.6,
        copDensity: [
          [0, 0.06],
          [10, 0.01],
          [20, 0.09],
          [30, 0.02],
        ],
      },
    })
    const world = civilViolence.create(scenario, 4)
    const citizensAtStart = world.citizens
    expect(citizensAtStart).toBeGreaterThan(0)
    const copsSeen = new Set<number>()
    for (let t = 0; t < 40; t++) {
      civilViolence.step(world)
      expect(world.citizens).toBe(citizensAtStart)
      expect(misplaced(world.agents, world.citizens)).toEqual([])
      copsSeen.add(world.agents.end - world.citizens - world.agents.freeCount - world.agents.retiredCount)
    }
    // The schedule did move the cops up and down, so ids were freed and reused.
    expect(copsSeen.size).toBeGreaterThan(2)
    const restored = civilViolence.restore(scenario, 4, civilViolence.capture(world))
    expect(restored.citizens).toBe(citizensAtStart)
    expect(misplaced(restored.agents, restored.citizens)).toEqual([])
  })
})
