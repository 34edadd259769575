// Two sets of bits a cell stand in for reads of the agents on hot paths: the vacancy bits (the
// searches for an empty cell read them, not the occupancy) and the active-cell bits (an enforcer
// counts the actives in its vision with them, not by reading every occupant's status). Both must
// agree with the agents after every change to who stands where and who is active: moves, arrests
// that take a citizen off the grid and releases, cops and peacekeepers added and withdrawn, births,
// deaths, recruits and kills. This runs each model through those events tick by tick and compares
// the bits with the agents, and checks that a restore rebuilds them from the agents rather than
// trusting saved ones. It also checks the bit count that finds the k-th active against a plain scan.
import { describe, expect, it } from 'vitest'
import { isVacant, makeAgents, Status } from '../../src/engine/core/agents.ts'
import { nthSetCell } from '../../src/engine/core/bits.ts'
import { makeGrid } from '../../src/engine/core/grid.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import { interGroup } from '../../src/engine/models/inter-group/index.ts'
import type { Model } from '../../src/engine/models/model.ts'
import { ssr } from '../../src/engine/models/ssr/index.ts'
import { isActiveHere } from '../../src/engine/systems/active-cells.ts'
import { nthActiveInVision } from '../../src/engine/systems/arrest.ts'
import type { Uprising } from '../../src/engine/systems/uprising.ts'
import type { Scenario } from '../../src/scenario/schema.ts'
import { libraryScenario } from '../validation/library.ts'
import { civilScenario } from './helpers.ts'

/** Cells whose vacancy bit disagrees with their occupant, and set bits past the last cell (there
 * must be none: a fresh and a restored run hash the same bits). */
function wrongVacancy(world: Uprising): number[] {
  const { occupant, vacant } = world.agents
  const wrong: number[] = []
  for (let cell = 0; cell < 32 * vacant.length; cell++) {
    if (isVacant(vacant, cell) !== (cell < occupant.length && occupant[cell] < 0)) wrong.push(cell)
  }
  return wrong
}

/** Cells whose active-cell bit disagrees with whether an active citizen stands there, and set bits
 * past the last cell. */
function wrongActives(world: Uprising): number[] {
  const { occupant, status } = world.agents
  const bits = world.activeHere
  const wrong: number[] = []
  for (let cell = 0; cell < 32 * bits.length; cell++) {
    const id = cell < occupant.length ? occupant[cell] : -1
    if (isActiveHere(bits, cell) !== (id >= 0 && status[id] === Status.active)) wrong.push(cell)
  }
  return wrong
}

interface Throughout {
  /** Cells that changed from empty to occupied or back over the run. */
  moved: number
  /** Cells that changed from holding an active citizen to not, or back. */
  turned: number
}

/** Steps a model tick by tick, checking both sets of bits after each; then restores from the last
 * capture taken while someone was active, with its vacancy bits wiped (the active-cell bits are
 * never saved), and checks that the restore rebuilt both. */
function checkThroughout<S extends Scenario, W>(
  model: Model<S, W>,
  scenario: S,
  ticks: number,
  uprisingOf: (world: W) => Uprising,
): Throughout {
  const world = model.create(scenario, 3)
  const first = uprisingOf(world)
  expect(first.agents.vacant.length).toBe(Math.ceil(first.agents.occupant.length / 32))
  expect(first.activeHere.length).toBe(first.agents.vacant.length)
  const activeAt = (w: Uprising) =>
    Array.from(w.agents.occupant, (_, cell) => isActiveHere(w.activeHere, cell))
  const startOccupied = first.agents.occupant.map((id) => (id < 0 ? 0 : 1))
  const wasActive = activeAt(first)
  let turned = 0
  let saved: { capture: unknown; activeHere: Int32Array } | undefined
  for (let t = 0; t < ticks; t++) {
    model.step(world)
    const now = uprisingOf(world)
    expect(wrongVacancy(now), `vacancy, tick ${t + 1}`).toEqual([])
    expect(wrongActives(now), `actives, tick ${t + 1}`).toEqual([])
    const active = activeAt(now)
    active.forEach((a, cell) => {
      if (a !== wasActive[cell]) turned++
      wasActive[cell] = a
    })
    if (active.includes(true)) saved = { capture: model.capture(world), activeHere: now.activeHere.slice() }
  }
  const last = uprisingOf(world).agents.occupant
  const moved = last.filter((id, cell) => (id < 0 ? 0 : 1) !== startOccupied[cell]).length
  if (!saved) throw new Error('no tick of the run had an active citizen to restore')
  const { capture } = saved as { capture: { state: { agents: { vacant: Int32Array } } } }
  capture.state.agents.vacant.fill(0)
  const restored = uprisingOf(model.restore(scenario, 3, capture as never))
  expect(wrongVacancy(restored)).toEqual([])
  expect(wrongActives(restored)).toEqual([])
  expect(restored.activeHere).toEqual(saved.activeHere)
  return { moved, turned }
}

describe('vacancy and active-cell bits', () => {
  const variants = (['keep-cell', 'leave-grid'] as const).flatMap((jailed) =>
    (['mesa', 'netlogo'] as const).map((turn) => ({ jailed, turn })),
  )
  it.each(variants)('match the agents in Model I, with cops coming and going (%o)', (rules) => {
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
    const { moved, turned } = checkThroughout(civilViolence, scenario, 40, (w) => w)
    expect(moved).toBeGreaterThan(20)
    expect(turned).toBeGreaterThan(20)
  })

  it('match the agents in Model I on a torus, where vision wraps', () => {
    const scenario = civilScenario({
      world: { width: 24, height: 20, topology: 'torus' },
      model: { legitimacy: 0.5, copDensity: 0.05 },
    })
    const { turned } = checkThroughout(civilViolence, scenario, 30, (w) => w)
    expect(turned).toBeGreaterThan(20)
  })

  it('match the agents in Model II, through births and deaths', () => {
    const scenario = libraryScenario('epstein-peacekeeping', undefined, {
      'world.width': 30,
      'world.height': 30,
    }) as Parameters<typeof interGroup.create>[0]
    const { moved, turned } = checkThroughout(interGroup, scenario, 60, (w) => w)
    expect(moved).toBeGreaterThan(20)
    expect(turned).toBeGreaterThan(20)
  })

  it('match the agents in the SSR model, through drawdown, captures, recruits and kills', () => {
    const scenario = libraryScenario('baseline', 'abrupt-exit-year-2', {
      'world.width': 40,
      'world.height': 40,
      'rules.jailed': 'leave-grid',
      ticks: 160,
    }) as Parameters<typeof ssr.create>[0]
    const { moved, turned } = checkThroughout(ssr, scenario, 160, (r) => r.world)
    expect(moved).toBeGreaterThan(20)
    expect(turned).toBeGreaterThan(20)
  })
})

/** A deterministic stream of numbers in [0, 1) for the tests' own worlds. */
function stream(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
}

describe('finding the k-th active by its bits', () => {
  it('counts set bits within a run of cells as a plain scan does, across word boundaries', () => {
    const random = stream(7)
    const bits = new Int32Array(8)
    for (let trial = 0; trial < 400; trial++) {
      for (let w = 0; w < bits.length; w++) bits[w] = (random() * 4294967296) | 0
      const first = (random() * 200) | 0
      const last = first + ((random() * (256 - first)) | 0)
      const set: number[] = []
      for (let c = first; c <= last; c++) if (isActiveHere(bits, c)) set.push(c)
      for (let k = 0; k <= set.length; k++) {
        expect(nthSetCell(bits, first, last, k)).toBe(k < set.length ? set[k] : -1 - set.length)
      }
    }
  })

  /** The rule the bits replace: every cell of the vision row by row, offsets left to right, reading
   * the occupant and its status. */
  function referenceNth(world: Uprising, cell: number, k: number): number {
    const { grid, agents } = world
    const { width, height, torus } = grid
    const { rowOffset, halfWidth } = grid.stencil
    let left = k
    for (let row = 0; row < rowOffset.length; row++) {
      for (let dx = -halfWidth[row]; dx <= halfWidth[row]; dx++) {
        let x = grid.cellX[cell] + dx
        let y = grid.cellY[cell] + rowOffset[row]
        if (!torus && (x < 0 || x >= width || y < 0 || y >= height)) continue
        x = (x + width) % width
        y = (y + height) % height
        const id = agents.occupant[y * width + x]
        if (id >= 0 && agents.status[id] === Status.active && left-- === 0) return id
      }
    }
    return -1
  }

  const grids = (['bounded', 'torus'] as const).flatMap((topology) =>
    (['von-neumann', 'moore'] as const).flatMap((neighbourhood) =>
      [1, 3, 4].map((vision) => ({ topology, neighbourhood, vision })),
    ),
  )
  it.each(grids)(
    'picks the same citizen as reading every cell (%o)',
    ({ topology, neighbourhood, vision }) => {
      const random = stream(vision * 31 + topology.length)
      const grid = makeGrid(13, 11, topology, neighbourhood, vision)
      const agents = makeAgents(grid.cellCount, grid.cellCount)
      const activeHere = new Int32Array((grid.cellCount + 31) >>> 5)
      for (let c = 0; c < grid.cellCount; c++) {
        if (random() < 0.3) continue
        const id = agents.end++
        agents.alive[id] = 1
        agents.cell[id] = c
        agents.occupant[c] = id
        agents.status[id] = random() < 0.4 ? Status.active : random() < 0.5 ? Status.jailed : Status.quiet
        if (agents.status[id] === Status.active) activeHere[c >>> 5] |= 1 << c
      }
      const world = { grid, agents, activeHere } as unknown as Uprising
      let found = 0
      for (let c = 0; c < grid.cellCount; c++) {
        for (let k = 0; k <= grid.stencil.size; k++) {
          const expected = referenceNth(world, c, k)
          expect(nthActiveInVision(world, c, k), `cell ${c}, k ${k}`).toBe(expected)
          if (expected >= 0) found++
        }
      }
      expect(found).toBeGreaterThan(grid.cellCount)
    },
  )
})
