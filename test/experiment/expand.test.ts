// expandExperiment: runs in point-major, arm, replicate order with dense ids; the same replicate
// seeds at every point and in every arm; each run's scenario carries its changes, seed and ticks.
import { describe, expect, it } from 'vitest'
import { expandExperiment } from '../../src/experiment/expand.ts'
import { scenarioLoaderFor } from '../../src/experiment/files-node.ts'
import { deriveSeeds } from '../../src/experiment/seeds.ts'
import type { SsrScenario } from '../../src/scenario/schema.ts'

const EXPERIMENTS = new URL('../../scenarios/experiments/', import.meta.url).pathname
const load = scenarioLoaderFor(`${EXPERIMENTS}test.json`)

const base = {
  name: 'test',
  scenario: '../baseline.json',
  set: { 'world.width': 30, 'world.height': 30 },
  ticks: 50,
}

describe('replicate seeds', () => {
  it('are derived deterministically, distinct, safe whole numbers below 2^32, a longer list extending a shorter', () => {
    const seeds = deriveSeeds(2024, 1000)
    expect(deriveSeeds(2024, 1000)).toEqual(seeds)
    expect(new Set(seeds).size).toBe(1000)
    expect(seeds.every((s) => Number.isSafeInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true)
    expect(deriveSeeds(2024, 30)).toEqual(seeds.slice(0, 30))
    expect(deriveSeeds(2025, 30)).not.toEqual(seeds.slice(0, 30))
  })
})

describe('expandExperiment', () => {
  const experiment = expandExperiment(
    {
      ...base,
      factors: [
        { path: 'reform.politicalWill', values: [0.2, 0.8] },
        { path: 'drawdown.exitTick', range: [10, 40], levels: 3 },
      ],
      arms: [
        { name: 'abrupt', set: { 'drawdown.policy': 'abrupt' } },
        { name: 'stays', set: { 'drawdown.policy': 'none' } },
      ],
      replicates: { count: 3, masterSeed: 9 },
    },
    load,
  )

  it('has points × arms × replicates runs, ordered point-major, then arm, then replicate', () => {
    const { runs } = experiment
    expect(runs.length).toBe(6 * 2 * 3)
    expect(runs.map((run) => run.runId)).toEqual(runs.map((_, i) => i))
    runs.forEach((run, i) => {
      expect(run.point).toBe(Math.floor(i / 6))
      expect(run.arm).toBe(['abrupt', 'stays'][Math.floor(i / 3) % 2])
      expect(run.replicate).toBe(i % 3)
    })
    expect(experiment.factorNames).toEqual(['reform.politicalWill', 'drawdown.exitTick'])
    expect(experiment.armNames).toEqual(['abrupt', 'stays'])
    expect(experiment.design.points).toEqual([
      [0.2, 10],
      [0.2, 25],
      [0.2, 40],
      [0.8, 10],
      [0.8, 25],
      [0.8, 40],
    ])
  })

  it('gives every point and arm the same replicate seeds (common random numbers)', () => {
    const seeds = deriveSeeds(9, 3)
    expect(experiment.seeds).toEqual(seeds)
    for (const run of experiment.runs) {
      expect(run.seed).toBe(seeds[run.replicate])
      expect(run.scenario.seed).toBe(run.seed)
    }
  })

  it('puts each run’s factor values, arm changes, fixed changes and ticks into its scenario', () => {
    for (const run of experiment.runs) {
      const scenario = run.scenario as SsrScenario
      expect(scenario.reform.politicalWill).toBe(run.factors['reform.politicalWill'])
      expect(scenario.drawdown.exitTick).toBe(run.factors['drawdown.exitTick'])
      expect(scenario.drawdown.policy).toBe(run.arm === 'abrupt' ? 'abrupt' : 'none')
      expect(scenario.world.width).toBe(30)
      expect(scenario.ticks).toBe(50)
    }
    expect(experiment.ticks).toBe(50)
  })

  it('applies every change of a factor given as sets, and holds others at their base one at a time', () => {
    const expanded = expandExperiment(
      {
        ...base,
        design: { type: 'one-at-a-time' },
        factors: [
          {
            name: 'exitYear',
            base: 2,
            sets: [
              {
                value: 1,
                set: {
                  'drawdown.exitTick': 52,
                  'drawdown.strength': [
                    [0, 1],
                    [52, 0],
                  ],
                },
              },
              {
                value: 2,
                set: {
                  'drawdown.exitTick': 104,
                  'drawdown.strength': [
                    [0, 1],
                    [104, 0],
                  ],
                },
              },
            ],
          },
          { path: 'reform.ownership', values: [0.5, 0.9] },
        ],
      },
      load,
    )
    // Base point (exitYear 2, the baseline's ownership 0.5), exitYear 1, then ownership 0.9.
    expect(expanded.design.points).toEqual([
      [2, 0.5],
      [1, 0.5],
      [2, 0.9],
    ])
    const scenarios = expanded.runs.map((run) => run.scenario as SsrScenario)
    expect(scenarios.map((s) => s.drawdown.exitTick)).toEqual([104, 52, 104])
    expect(scenarios[1].drawdown.strength).toEqual([
      [0, 1],
      [52, 0],
    ])
    expect(expanded.seeds).toEqual([1]) // no replicates: the base scenario's own seed
    expect(expanded.armNames).toEqual([''])
  })

  it('hashes the experiment and its scenario canonically: key order does not matter, content does', () => {
    const input = { ...base, replicates: { seeds: [4] } }
    const reordered = {
      replicates: { seeds: [4] },
      ticks: 50,
      set: base.set,
      scenario: base.scenario,
      name: 'test',
    }
    const first = expandExperiment(input, load)
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(expandExperiment(reordered, load).hash).toBe(first.hash)
    expect(expandExperiment({ ...input, ticks: 51 }, load).hash).not.toBe(first.hash)
    const changedScenario = (path: string) => ({ ...(load(path) as object), description: 'changed' })
    expect(expandExperiment(input, changedScenario).hash).not.toBe(first.hash)
  })
})

describe('a Latin hypercube experiment', () => {
  it('draws its points from a stream of the master seed, the same each time and apart from the replicate seeds', () => {
    const input = {
      ...base,
      design: { type: 'latin-hypercube', n: 10 },
      factors: [
        { path: 'reform.politicalWill', range: [0.2, 0.9] },
        { path: 'drawdown.exitTick', range: [10, 40] },
      ],
      replicates: { count: 2, masterSeed: 3 },
    }
    const first = expandExperiment(input, load)
    expect(first.design.seed).toBe(3)
    expect(first.design.points.length).toBe(10)
    expect(first.runs.length).toBe(20)
    expect(expandExperiment(input, load).design).toEqual(first.design)
    const strata = (first.design.unit as number[][]).map((u) => Math.floor(u[0] * 10)).sort((a, b) => a - b)
    expect(strata).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    for (const run of first.runs) expect(Number.isInteger(run.factors['drawdown.exitTick'])).toBe(true)
    const reseeded = expandExperiment({ ...input, design: { type: 'latin-hypercube', n: 10, seed: 4 } }, load)
    expect(reseeded.design.points).not.toEqual(first.design.points)
    expect(reseeded.seeds).toEqual(first.seeds)
  })
})

describe('an inline base scenario', () => {
  it('expands like a file, recording its kind’s observables', () => {
    const expanded = expandExperiment(
      {
        name: 'inline',
        scenario: { kind: 'civil-violence', name: 'x', ticks: 20, world: { width: 20, height: 20 } },
        design: { type: 'one-at-a-time' },
        factors: [{ path: 'model.legitimacy', values: [0.5, 0.9] }],
        record: { observables: ['active', 'jailed'], every: 5 },
      },
      () => {
        throw new Error('an inline scenario needs no loader')
      },
    )
    expect(expanded.kind).toBe('civil-violence')
    expect(expanded.design.points).toEqual([[0.82], [0.5], [0.9]]) // the default legitimacy is the base
    expect(expanded.record).toEqual({ observables: ['active', 'jailed'], every: 5, units: 'model' })
  })
})
