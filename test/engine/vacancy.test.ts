// The searches for an empty cell read the agents' vacancy bits, not the occupancy itself, so the two
// must agree after every change to who stands where: moves, arrests that take a citizen off the grid
// and releases, cops and peacekeepers added and withdrawn, births, deaths, recruits and kills. This
// runs each model through those events tick by tick and compares the bits with the occupancy, and
// checks that a restore rebuilds them from the occupancy rather than trusting the saved ones.
import { describe, expect, it } from 'vitest'
import { type Agents, isVacant } from '../../src/engine/core/agents.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import { interGroup } from '../../src/engine/models/inter-group/index.ts'
import type { Model } from '../../src/engine/models/model.ts'
import { ssr } from '../../src/engine/models/ssr/index.ts'
import type { Scenario } from '../../src/scenario/schema.ts'
import { libraryScenario } from '../validation/library.ts'
import { civilScenario } from './helpers.ts'

/** Cells whose vacancy bit disagrees with their occupant, and set bits past the last cell (there
 * must be none: a fresh and a restored run hash the same bits). */
function wrongCells(agents: Agents): number[] {
  const { occupant, vacant } = agents
  const wrong: number[] = []
  for (let cell = 0; cell < 32 * vacant.length; cell++) {
    if (isVacant(vacant, cell) !== (cell < occupant.length && occupant[cell] < 0)) wrong.push(cell)
  }
  return wrong
}

/** Steps a model tick by tick, checking the bits after each; then restores from a capture whose
 * bits were wiped and checks them again. Returns how many cells changed hands over the run. */
function checkThroughout<S extends Scenario, W>(
  model: Model<S, W>,
  scenario: S,
  ticks: number,
  agentsOf: (world: W) => Agents,
): number {
  const world = model.create(scenario, 3)
  expect(agentsOf(world).vacant.length).toBe(Math.ceil(agentsOf(world).occupant.length / 32))
  const start = agentsOf(world).occupant.slice()
  for (let t = 0; t < ticks; t++) {
    model.step(world)
    expect(wrongCells(agentsOf(world)), `tick ${t + 1}`).toEqual([])
  }
  const now = agentsOf(world).occupant
  const changed = now.filter((id, cell) => id < 0 !== start[cell] < 0).length
  const saved = model.capture(world) as unknown as { state: { agents: Agents } }
  saved.state.agents.vacant.fill(0)
  const restored = model.restore(scenario, 3, saved as never)
  expect(wrongCells(agentsOf(restored))).toEqual([])
  return changed
}

describe('vacancy bits', () => {
  const variants = (['keep-cell', 'leave-grid'] as const).flatMap((jailed) =>
    (['mesa', 'netlogo'] as const).map((turn) => ({ jailed, turn })),
  )
  it.each(variants)('match the occupancy in Model I, with cops coming and going (%o)', (rules) => {
    const scenario = civilScenario({
      world: { width: 33, height: 21, topology: 'bounded' },
      rules,
      model: {
        legitimacy: 0.55,
        copDensity: [
          [0, 0.06],
          [10, 0.01],
          [20, 0.09],
        ],
      },
    })
    expect(checkThroughout(civilViolence, scenario, 40, (w) => w.agents)).toBeGreaterThan(20)
  })

  it('match the occupancy in Model II, through births and deaths', () => {
    const scenario = libraryScenario('epstein-peacekeeping', undefined, {
      'world.width': 30,
      'world.height': 30,
    }) as Parameters<typeof interGroup.create>[0]
    expect(checkThroughout(interGroup, scenario, 60, (w) => w.agents)).toBeGreaterThan(20)
  })

  it('match the occupancy in the SSR model, through drawdown, captures, recruits and kills', () => {
    const scenario = libraryScenario('baseline', 'abrupt-exit-year-2', {
      'world.width': 40,
      'world.height': 40,
      'rules.jailed': 'leave-grid',
      ticks: 160,
    }) as Parameters<typeof ssr.create>[0]
    expect(checkThroughout(ssr, scenario, 160, (r) => r.world.agents)).toBeGreaterThan(20)
  })
})
