// Model I rule variants where Mesa, NetLogo Rebellion and the replication ndouglas/SugarScape
// differ (docs/classic-models.md), each checked on a tiny world against the behaviour it names.
import { describe, expect, it } from 'vitest'
import { Kind, moveAgent, Status } from '../../src/engine/core/agents.ts'
import { findInVision } from '../../src/engine/core/grid.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import type { CivilWorld } from '../../src/engine/models/civil-violence/world.ts'
import { createSimulation, restoreSimulation } from '../../src/engine/simulation.ts'
import { activeArrives, activeLeaves } from '../../src/engine/systems/active-cells.ts'
import { recountFields } from '../../src/engine/systems/recount.ts'
import { civilScenario } from './helpers.ts'

type Rules = Parameters<typeof civilScenario>[0] extends infer O
  ? O extends { rules?: infer R }
    ? R
    : never
  : never

/** A 10×10 torus with one citizen (id 0) and one cop (id 1) that sees the whole grid; L = 0. */
function pair(rules: Rules, maxJailTerm = 4): CivilWorld {
  const scenario = civilScenario({
    world: { width: 10, height: 10 },
    rules: { arrestRatio: 'literal', neighbourhood: 'moore', ...rules },
    model: { citizenDensity: 0.01, copDensity: 0.01, vision: 4, legitimacy: 0, maxJailTerm, movement: false },
  })
  const world = civilViolence.create(scenario, 1)
  expect(world.agents.kind[0]).toBe(Kind.citizen)
  expect(world.agents.kind[1]).toBe(Kind.police)
  return world
}

function makeActive(world: CivilWorld, id: number): void {
  world.agents.status[id] = Status.active
  activeArrives(world, world.activesSeen[0], world.agents.cell[id])
}

/** Terms drawn by `draws` arrests of citizen 0, which is made active again after each. */
function drawTerms(world: CivilWorld, draws: number): number[] {
  const terms: number[] = []
  for (let i = 0; i < draws; i++) {
    makeActive(world, 0)
    expect(world.arrest(1)).toBe(0)
    terms.push(world.agents.status[0] === Status.jailed ? world.agents.jailTerm[0] : 0)
    world.agents.status[0] = Status.quiet
  }
  return terms
}

describe('jail term draw (rules.jailTerm)', () => {
  it('draws every whole term in its range and none outside it', () => {
    const expected = { 'below-max': [0, 1, 2, 3], 'up-to-max': [0, 1, 2, 3, 4], 'one-to-max': [1, 2, 3, 4] }
    for (const [jailTerm, range] of Object.entries(expected)) {
      const terms = drawTerms(pair({ jailTerm: jailTerm as 'below-max' }), 600)
      expect([...new Set(terms)].sort(), jailTerm).toEqual(range)
    }
  })
})

describe('release (rules.release)', () => {
  /** Citizen 0 with the highest grievance and no fear, jailed for `term`, then given turns. */
  function jailedFor(release: 'at-term-end' | 'turn-after', term: number): CivilWorld {
    const world = pair({ release })
    world.agents.hardship[0] = 1
    world.agents.riskAversion[0] = 0
    world.agents.status[0] = Status.jailed
    world.agents.jailTerm[0] = term
    return world
  }

  it('at-term-end: the countdown reaching 0 frees the citizen, quiet, and it decides at its next turn', () => {
    const world = jailedFor('at-term-end', 2)
    world.turn(0)
    expect(world.agents.status[0]).toBe(Status.jailed)
    world.turn(0)
    expect(world.agents.status[0]).toBe(Status.quiet)
    world.turn(0)
    expect(world.agents.status[0]).toBe(Status.active)
  })

  it('turn-after (Mesa): jailed through the countdown to 0, freed at the next turn and active at once', () => {
    const world = jailedFor('turn-after', 2)
    world.turn(0)
    world.turn(0)
    expect(world.agents.status[0]).toBe(Status.jailed)
    expect(world.agents.jailTerm[0]).toBe(0)
    world.turn(0)
    expect(world.agents.status[0]).toBe(Status.active)
  })

  it('turn-after: a term of 0 holds the citizen until its next turn instead of freeing it on arrest', () => {
    const mesa = pair({ release: 'turn-after', jailTerm: 'up-to-max' }, 1)
    const netlogo = pair({ release: 'at-term-end', jailTerm: 'up-to-max' }, 1)
    for (const world of [mesa, netlogo]) {
      world.agents.hardship[0] = 1
      world.agents.riskAversion[0] = 0
    }
    // Terms are 0 or 1; look at the arrests that drew 0.
    let zeroTerms = 0
    for (let i = 0; i < 40; i++) {
      for (const world of [mesa, netlogo]) makeActive(world, 0)
      mesa.arrest(1)
      netlogo.arrest(1)
      // Both worlds draw the same terms (same seed and stream); at-term-end frees a 0 at once.
      expect(netlogo.agents.status[0] === Status.quiet).toBe(mesa.agents.jailTerm[0] === 0)
      if (mesa.agents.jailTerm[0] === 0) {
        zeroTerms++
        expect(mesa.agents.status[0]).toBe(Status.jailed)
        mesa.turn(0)
        expect(mesa.agents.status[0]).toBe(Status.active)
      }
      for (const world of [mesa, netlogo]) {
        if (world.agents.status[0] === Status.active)
          activeLeaves(world, world.activesSeen[0], world.agents.cell[0])
        world.agents.status[0] = Status.quiet
        world.agents.jailTerm[0] = 0
      }
    }
    expect(zeroTerms).toBeGreaterThan(5)
  })
})

describe('an active citizen counting itself (rules.activeSelf)', () => {
  // With one cop in vision and nobody else active: A = 1 gives P = 0.90, A = 2 gives P = 0.68.
  // Hardship 0.9 and risk aversion 1 at L = 0: active iff 0.9 − P > 0.1, so only A = 2 stays active.
  const staysActive = (rules: Rules) => {
    const world = pair(rules)
    world.agents.hardship[0] = 0.9
    world.agents.riskAversion[0] = 1
    makeActive(world, 0)
    world.rebel(0)
    return world.agents.status[0] === Status.active
  }

  it('once counts A = 1 + other actives; twice adds the agent again; by-turn follows the turn', () => {
    expect(staysActive({ activeSelf: 'once' })).toBe(false)
    expect(staysActive({ activeSelf: 'twice' })).toBe(true)
    expect(staysActive({ activeSelf: 'by-turn', turn: 'mesa' })).toBe(false)
    expect(staysActive({ activeSelf: 'by-turn', turn: 'netlogo' })).toBe(true)
    expect(staysActive({ activeSelf: 'once', turn: 'netlogo' })).toBe(false)
  })
})

describe('the cop on an arrest (rules.copOnArrest)', () => {
  const copCellAfterArrest = (rules: Rules) => {
    const world = pair({ jailed: 'leave-grid', jailTerm: 'one-to-max', ...rules })
    // Put the two apart, so that stepping onto the arrest is a move.
    moveAgent(world.agents, 0, 11)
    moveAgent(world.agents, 1, 55)
    recountFields(world)
    makeActive(world, 0)
    expect(world.arrest(1)).toBe(0)
    return world.agents.cell[1]
  }

  it('steps onto the cell the arrested agent left, or stays, as chosen; by-turn steps only under netlogo', () => {
    expect(copCellAfterArrest({ copOnArrest: 'steps-onto' })).toBe(11)
    expect(copCellAfterArrest({ copOnArrest: 'stays', turn: 'netlogo' })).toBe(55)
    expect(copCellAfterArrest({ copOnArrest: 'by-turn', turn: 'netlogo' })).toBe(11)
    expect(copCellAfterArrest({ copOnArrest: 'by-turn', turn: 'mesa' })).toBe(55)
  })
})

describe('placement (rules.placement)', () => {
  const scenario = (placement: 'exact' | 'per-cell', copDensity: unknown = 0.1) =>
    civilScenario({
      world: { width: 20, height: 20 },
      rules: { placement },
      model: { citizenDensity: 0.5, copDensity: copDensity as number, vision: 2 },
      ticks: 6,
    })

  const counts = (placement: 'exact' | 'per-cell', seed: number, copDensity?: unknown) => {
    const sim = createSimulation(scenario(placement, copDensity), seed)
    sim.step(6)
    const o = sim.observables()
    return { citizens: o.quiescent[0] + o.active[0] + o.jailed[0], cops: Array.from(o.cops) }
  }

  it('exact places round(density × cells) of each; per-cell draws the counts, centred on the same', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1)
    const exact = seeds.map((seed) => counts('exact', seed))
    expect(exact.every((c) => c.citizens === 200 && c.cops[0] === 40)).toBe(true)
    const perCell = seeds.map((seed) => counts('per-cell', seed))
    const citizens = perCell.map((c) => c.citizens)
    const cops = perCell.map((c) => c.cops[0])
    expect(new Set(citizens).size).toBeGreaterThan(10)
    expect(new Set(cops).size).toBeGreaterThan(5)
    // Binomial counts: sd of the mean 10/√40 ≈ 1.6 citizens and 6/√40 ≈ 0.9 cops; allow 3 of them.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    expect(Math.abs(mean(citizens) - 200)).toBeLessThan(4.8)
    expect(Math.abs(mean(cops) - 40)).toBeLessThan(2.8)
    // A constant density keeps the cops drawn at the start.
    for (const c of perCell) expect(new Set(c.cops).size).toBe(1)
  })

  it('per-cell: a schedule scales the number of cops drawn', () => {
    const { cops } = counts('per-cell', 3, [
      [0, 0.1],
      [2, 0.1],
      [3, 0.05],
    ])
    expect(cops[4]).toBe(Math.round(cops[0] / 2))
  })

  it('per-cell: the cops placed at the start are counted in every citizen’s vision', () => {
    const world = civilViolence.create(scenario('per-cell'), 5)
    const { agents, grid, enforcersSeen } = world
    for (let cell = 0; cell < grid.cellCount; cell += 7) {
      let cops = 0
      findInVision(grid, cell, (seen) => {
        const id = agents.occupant[seen]
        if (id >= 0 && agents.kind[id] === Kind.police) cops++
        return false
      })
      expect(enforcersSeen[cell]).toBe(cops)
    }
  })
})

describe('branching runs (how the validation tests share their common first ticks)', () => {
  it('continuing a snapshot under an arm whose parameters agree until then equals running that arm', () => {
    const arm = (legitimacy: unknown) =>
      civilScenario({
        world: { width: 20, height: 20 },
        model: { vision: 3, legitimacy: legitimacy as number },
      })
    const sudden = arm([
      [20, 0.85],
      [21, 0.6],
    ])
    const steady = arm(0.85)
    const trunk = createSimulation(steady, 9)
    trunk.step(20)
    const branch = restoreSimulation(trunk.snapshot(), sudden)
    branch.step(40)
    const fresh = createSimulation(sudden, 9)
    fresh.step(60)
    expect(branch.hash()).toBe(fresh.hash())
    expect(Array.from(branch.observables().active)).toEqual(Array.from(fresh.observables().active))
    expect(Math.max(...fresh.observables().active)).toBeGreaterThan(0)
  })
})
