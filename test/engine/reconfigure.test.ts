// A run continued under a new vision or neighbourhood starts from true in-vision counts: the
// saved counts belong to the old stencil and are recounted, into fields of the element type the new
// stencil needs (one byte a cell up to 255 cells, two beyond).
import { describe, expect, it } from 'vitest'
import { Kind, Status } from '../../src/engine/core/agents.ts'
import { rebuild } from '../../src/engine/core/field.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { libraryScenario } from '../validation/library.ts'
import { civilScenario } from './helpers.ts'

describe('continuing with another vision', () => {
  it('recounts the in-vision fields (Model I)', () => {
    const before = civilScenario({ model: { legitimacy: 0.7 } })
    const after = civilScenario({ model: { legitimacy: 0.7, vision: 3 }, rules: { neighbourhood: 'moore' } })
    const world = civilViolence.create(before, 2)
    for (let t = 0; t < 20; t++) civilViolence.step(world)
    const next = civilViolence.restore(after, 2, civilViolence.capture(world))
    for (let t = 0; t < 10; t++) civilViolence.step(next)
    const { agents, grid } = next
    const expected = new Uint16Array(grid.cellCount)
    const counted = (field: Uint8Array | Uint16Array) => Uint16Array.from(field)
    const at = (cell: number) => agents.occupant[cell]
    rebuild(
      grid,
      expected,
      (cell) =>
        at(cell) >= 0 && agents.status[at(cell)] === Status.active && agents.kind[at(cell)] === Kind.citizen,
    )
    expect(counted(next.activesSeen[0])).toEqual(expected)
    rebuild(grid, expected, (cell) => at(cell) >= 0 && agents.kind[at(cell)] === Kind.police)
    expect(counted(next.enforcersSeen)).toEqual(expected)
  })

  it('recounts into two-byte fields when the new stencil has more than 255 cells (Model I)', () => {
    const before = civilScenario({ model: { legitimacy: 0.7 } })
    const after = civilScenario({ model: { legitimacy: 0.7, vision: 8 }, rules: { neighbourhood: 'moore' } })
    const world = civilViolence.create(before, 2)
    expect(world.enforcersSeen).toBeInstanceOf(Uint8Array)
    for (let t = 0; t < 20; t++) civilViolence.step(world)
    const next = civilViolence.restore(after, 2, civilViolence.capture(world))
    for (let t = 0; t < 10; t++) civilViolence.step(next)
    const { agents, grid } = next
    expect(grid.stencil.size).toBe(289)
    expect(next.enforcersSeen).toBeInstanceOf(Uint16Array)
    expect(next.activesSeen[0]).toBeInstanceOf(Uint16Array)
    const expected = new Uint16Array(grid.cellCount)
    const at = (cell: number) => agents.occupant[cell]
    rebuild(grid, expected, (cell) => at(cell) >= 0 && agents.kind[at(cell)] === Kind.police)
    expect(next.enforcersSeen).toEqual(expected)
  })

  it.each([
    ['epstein-peacekeeping', 'model.vision', 3],
    ['baseline', 'citizens.vision', 4],
  ])('keeps %s running after %s changes', (name, path, vision) => {
    const small = name === 'baseline' ? { 'world.width': 50, 'world.height': 50 } : {}
    const sim = createSimulation(libraryScenario(name, undefined, small), 3)
    sim.step(30)
    sim.reconfigure(libraryScenario(name, undefined, { ...small, [path]: vision }))
    expect(() => sim.step(40)).not.toThrow()
    expect(sim.tick).toBe(70)
  })
})
