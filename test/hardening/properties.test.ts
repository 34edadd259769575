// Issue 11, property tests: random valid parameter sets and seeds, each run for a few dozen ticks.
// Every observable is finite and within its documented range (counts whole and non-negative,
// indices 0 to 1: docs/ODD.md); agent counts are conserved; every agent's capacity, trust and
// integrity stay in [0, 1]; snapshot → restore → continue is bit-identical to a straight run.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSimulation, restoreSimulation, type Simulation } from '../../src/engine/simulation.ts'
import { prepareScenario } from '../../src/io/prepare.ts'
import { MAX_SEED } from '../../src/scenario/limits.ts'
import { listParameters, type ScenarioKind } from '../../src/scenario/schema.ts'
import type { Scenario } from '../../src/scenario/validate.ts'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 12)
const TICKS = 30

const BASES: Record<ScenarioKind, Record<string, unknown>> = {
  'civil-violence': { kind: 'civil-violence', name: 'p', ticks: 100, world: { width: 16, height: 16 } },
  'inter-group': { kind: 'inter-group', name: 'p', ticks: 100, world: { width: 16, height: 16 } },
  ssr: {
    kind: 'ssr',
    name: 'p',
    ticks: 100,
    world: { width: 16, height: 16, districtColumns: 2 },
    districts: [{ name: 'A' }, { name: 'B', density: 0.5 }],
  },
}

/** Not varied: the file's own fields, and the world (kept small so a case is quick). */
const FIXED = /^(name|description|seed|ticks|ticksPerYear|world\.|sources|scale|outcomes\.windowTicks)/

/** A value inside the documented range of one parameter, or undefined for a parameter not varied. */
function valueIn(parameter: ReturnType<typeof listParameters>[number]): fc.Arbitrary<unknown> | undefined {
  const { type, min, max, options } = parameter
  if (type === 'enum' && options) return fc.constantFrom(...options)
  if (type === 'boolean') return fc.boolean()
  if (type === 'integer' && min !== undefined)
    return fc.integer({ min, max: Math.min(max ?? min + 60, min + 60) })
  if ((type === 'number' || type === 'schedule') && min !== undefined) {
    const high = max ?? min + 10
    const value = fc.double({ min, max: high, noNaN: true, noDefaultInfinity: true })
    return parameter.exclusiveMin ? value.filter((v) => v > min) : value
  }
  return undefined
}

function parameterSets(kind: ScenarioKind) {
  const varied = listParameters(kind).flatMap((parameter) => {
    if (FIXED.test(parameter.path)) return []
    const value = valueIn(parameter)
    return value ? [fc.tuple(fc.constant(parameter.path), value)] : []
  })
  return fc.array(fc.oneof(...varied), { minLength: 1, maxLength: 8 })
}

/** The valid scenario these changes make, or undefined when a cross-field rule refuses them. */
function scenarioOf(kind: ScenarioKind, changes: Array<[string, unknown]>): Scenario | undefined {
  const prepared = prepareScenario(BASES[kind], {
    overrides: changes.map(([path, value]) => ({ path, value })),
  })
  return prepared.ok ? prepared.scenario : undefined
}

const INDEX = /(trust|capacity|capacityOwned|integrity|legitimacy|share|strength|politicalWill)$/
const COUNT =
  /(count|active|jailed|population|killed|peacekeepers|cops|quiescent|arrests|recruits|violence|deaths|casualties|abuses|events)$/

function checkObservables(simulation: Simulation): void {
  for (const [name, column] of Object.entries(simulation.observables())) {
    for (const value of column) {
      expect(Number.isFinite(value), `${name} finite`).toBe(true)
      if (INDEX.test(name)) expect(value >= 0 && value <= 1, `${name} = ${value} in [0, 1]`).toBe(true)
      else if (COUNT.test(name))
        expect(Number.isInteger(value) && value >= 0, `${name} = ${value} a count`).toBe(true)
    }
  }
}

/** Citizens of Model I are never born nor killed: quiescent + active + jailed is the same every tick. */
function checkConservation(simulation: Simulation): void {
  const observed = simulation.observables()
  const kind = simulation.scenario.kind
  if (kind === 'civil-violence') {
    const total = (t: number) => observed.quiescent[t] + observed.active[t] + observed.jailed[t]
    for (let t = 1; t < observed.quiescent.length; t++)
      expect(total(t), `citizens at tick ${t}`).toBe(total(0))
  } else if (kind === 'inter-group') {
    for (const group of ['blue', 'green']) {
      for (let t = 0; t < observed[`${group}.population`].length; t++)
        expect(observed[`${group}.active`][t] + observed[`${group}.jailed`][t]).toBeLessThanOrEqual(
          observed[`${group}.population`][t],
        )
    }
  } else {
    for (let t = 0; t < observed['citizens.count'].length; t++)
      expect(observed['citizens.active'][t] + observed['citizens.jailed'][t]).toBeLessThanOrEqual(
        observed['citizens.count'][t],
      )
  }
}

type Fields = Record<string, ArrayLike<number>>

/** Every living SSR agent's capacity, trust and integrity in [0, 1]. */
function checkAgentFields(simulation: Simulation): void {
  if (simulation.scenario.kind !== 'ssr') return
  const { state } = simulation.snapshot().world as unknown as {
    state: Fields & { agents: Fields & { end: number } }
  }
  const { alive, end } = state.agents
  const perAgent = ['capacityOwned', 'capacityAssisted', 'integrity', 'legitimacy']
  for (let id = 0; id < end; id++) {
    if (!alive[id]) continue
    for (const field of perAgent) {
      const value = state[field][id]
      expect(value >= 0 && value <= 1, `${field}[${id}] = ${value}`).toBe(true)
    }
    for (let force = 0; force < 3; force++) {
      const trust = state.trust[id * 3 + force]
      expect(trust >= 0 && trust <= 1, `trust[${id}][${force}] = ${trust}`).toBe(true)
    }
  }
}

describe.each(['civil-violence', 'inter-group', 'ssr'] as const)('random valid %s runs', (kind) => {
  it('keep observables in range, conserve agents, and bound agent fields', () => {
    let checked = 0
    fc.assert(
      fc.property(parameterSets(kind), fc.integer({ min: 0, max: MAX_SEED }), (changes, seed) => {
        const scenario = scenarioOf(kind, changes)
        fc.pre(scenario !== undefined)
        const simulation = createSimulation(scenario as Scenario, seed)
        simulation.step(TICKS)
        checkObservables(simulation)
        checkConservation(simulation)
        checkAgentFields(simulation)
        checked++
      }),
      { numRuns: RUNS, seed: 4242 },
    )
    expect(checked).toBeGreaterThan(0)
  }, 120_000)

  it('continue bit-identically after snapshot and restore', () => {
    fc.assert(
      fc.property(
        parameterSets(kind),
        fc.integer({ min: 0, max: MAX_SEED }),
        fc.integer({ min: 0, max: TICKS }),
        (changes, seed, at) => {
          const scenario = scenarioOf(kind, changes)
          fc.pre(scenario !== undefined)
          const straight = createSimulation(scenario as Scenario, seed)
          straight.step(TICKS)
          const first = createSimulation(scenario as Scenario, seed)
          first.step(at)
          const resumed = restoreSimulation(structuredClone(first.snapshot()))
          resumed.step(TICKS - at)
          expect(resumed.hash()).toBe(straight.hash())
          expect(resumed.observables()).toEqual(straight.observables())
        },
      ),
      { numRuns: Math.max(4, RUNS / 2), seed: 4343 },
    )
  }, 120_000)
})
