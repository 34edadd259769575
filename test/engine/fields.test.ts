// The incrementally kept in-vision counts always equal a count from scratch, whatever the rule
// variant, neighbourhood shape or edge: the asynchronous rules read them after every change. The
// count from scratch is kept in 16-bit counters, so a one-byte field that overflowed would show.
// A field is one byte a cell while the stencil has at most 255 cells, two bytes beyond.
import { describe, expect, it } from 'vitest'
import { Kind, Status } from '../../src/engine/core/agents.ts'
import { countField, rebuild } from '../../src/engine/core/field.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import { civilScenario, RULE_VARIANTS } from './helpers.ts'

const SHAPES = [
  { neighbourhood: 'von-neumann', topology: 'torus', vision: 7 },
  { neighbourhood: 'moore', topology: 'bounded', vision: 3 },
  { neighbourhood: 'disc', topology: 'torus', vision: 1.7 },
  { neighbourhood: 'disc', topology: 'bounded', vision: 5.5 },
  { neighbourhood: 'moore', topology: 'bounded', vision: 8 },
] as const

describe('in-vision count fields', () => {
  const cases = SHAPES.flatMap((shape) => RULE_VARIANTS.map((rules) => ({ ...shape, ...rules })))
  it.each(cases)('match a recount after every tick (%o)', ({ neighbourhood, topology, vision, ...rules }) => {
    const scenario = civilScenario({
      world: { width: 31, height: 23, topology },
      rules: { ...rules, neighbourhood },
      model: {
        vision,
        legitimacy: 0.7,
        copDensity: [
          [0, 0.04],
          [15, 0.01],
          [25, 0.08],
        ],
      },
    })
    const world = civilViolence.create(scenario, 9)
    const { agents, grid } = world
    const enforcers = new Uint16Array(grid.cellCount)
    const actives = new Uint16Array(grid.cellCount)
    let activeSeen = 0
    for (let t = 0; t < 35; t++) {
      civilViolence.step(world)
      const at = (cell: number) => agents.occupant[cell]
      rebuild(grid, enforcers, (cell) => at(cell) >= 0 && agents.kind[at(cell)] === Kind.police)
      rebuild(grid, actives, (cell) => at(cell) >= 0 && agents.status[at(cell)] === Status.active)
      expect(Uint16Array.from(world.enforcersSeen)).toEqual(enforcers)
      expect(Uint16Array.from(world.activesSeen[0])).toEqual(actives)
      activeSeen += world.observables.columns[1][world.observables.length - 1]
    }
    // The check means little if nobody ever rebelled.
    expect(activeSeen).toBeGreaterThan(0)
    const wide = grid.stencil.size > 255
    expect(world.enforcersSeen).toBeInstanceOf(wide ? Uint16Array : Uint8Array)
    expect(world.activesSeen[0]).toBeInstanceOf(wide ? Uint16Array : Uint8Array)
  })

  it('are one byte a cell up to a stencil of 255 cells, two bytes beyond', () => {
    expect(countField(10, 255)).toBeInstanceOf(Uint8Array)
    expect(countField(10, 256)).toBeInstanceOf(Uint16Array)
    expect(countField(10, 113)).toHaveLength(10)
  })
})
