// validateExperiment: the exact messages a researcher sees for typical mistakes, each at its path,
// with "did you mean" where a name is misspelt.
import { describe, expect, it } from 'vitest'
import { validateExperiment } from '../../src/experiment/expand.ts'
import { scenarioLoaderFor } from '../../src/experiment/files-node.ts'
import { formatProblem } from '../../src/scenario/spec/problem.ts'

const EXPERIMENTS = new URL('../../scenarios/experiments/', import.meta.url).pathname
const load = scenarioLoaderFor(`${EXPERIMENTS}test.json`)

/** A valid experiment on the baseline (shrunk), with `changes` on top. */
const experiment = (changes: Record<string, unknown> = {}) => ({
  name: 'test',
  scenario: '../baseline.json',
  set: { 'world.width': 30, 'world.height': 30 },
  ticks: 50,
  factors: [{ path: 'reform.politicalWill', values: [0.2, 0.8] }],
  replicates: { seeds: [1, 2] },
  ...changes,
})

function problems(input: unknown): string[] {
  const result = validateExperiment(input, load)
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('typical mistakes in an experiment file get these exact messages', () => {
  it.each([
    [
      { factors: [{ path: 'reform.politicalWill', values: [0.2, 1.4] }] },
      'factors[0].values[1]: must be between 0 and 1, got 1.4',
    ],
    [
      { factors: [{ path: 'reform.politicalWil', values: [0.2] }] },
      'factors[0].path: reform.politicalWil: unknown key (did you mean "politicalWill"?)',
    ],
    [
      { factors: [{ path: 'drawdown.policy', values: ['abrupt', 'phased'] }] },
      'factors[0].values[1]: must be one of "none", "schedule", "conditions", "abrupt", got "phased"',
    ],
    [
      { factors: [{ path: 'drawdown.exitTick', range: [104, 520.5], levels: 3 }] },
      'factors[0].range[1]: must be a whole number, got 520.5',
    ],
    [{ factor: [] }, 'factor: unknown key (did you mean "factors"?)'],
    [{ set: { 'world.widht': 30 } }, 'set.world.widht: unknown key (did you mean "width"?)'],
    [{ set: { seed: 3 } }, 'set.seed: the seed is set for each run by "replicates"'],
    [
      { arms: [{ name: 'a', set: { 'drawdown.polcy': 'abrupt' } }] },
      'arms[0].set.drawdown.polcy: unknown key (did you mean "policy"?)',
    ],
    [
      { design: { type: 'factorail' } },
      'design.type: must be one of "factorial", "one-at-a-time", "latin-hypercube", "saltelli", "arms-only", got "factorail" (did you mean "factorial"?)',
    ],
    [
      { record: { observables: ['violence.rollin'] } },
      'record.observables[0]: unknown observable "violence.rollin" (did you mean "violence.rolling"?)',
    ],
    [{ replicates: { count: 3 } }, 'replicates.masterSeed: required with count'],
    [{ replicates: { seeds: [1, 2, 1] } }, 'replicates.seeds[2]: 1 is listed twice'],
    [{ replicates: {} }, 'replicates: needs either "seeds" or "count" with "masterSeed"'],
    [
      { factors: [{ path: 'reform.politicalWill', range: [0.2, 0.8] }] },
      'factors[0].levels: required with a range in the factorial design',
    ],
    [
      { design: { type: 'saltelli', n: 8 } },
      'factors[0]: the saltelli design samples a range: give "range" instead',
    ],
    [
      {
        design: { type: 'latin-hypercube', n: 8 },
        factors: [{ path: 'reform.politicalWill', range: [0.2, 0.8] }],
      },
      'design.seed: required unless replicates has a masterSeed to derive it from',
    ],
    [
      { factors: [{ path: 'reform.politicalWill', range: [0.8, 0.2], levels: 3 }] },
      'factors[0].range: must be [low, high] with low < high, got [0.8, 0.2]',
    ],
    [
      { factors: [{ path: 'peacekeepers.density', range: [0, 0.01], scale: 'log', levels: 3 }] },
      'factors[0].range: must be positive on the log scale, got [0, 0.01]',
    ],
    [
      { factors: [{ path: 'reform', values: [1] }] },
      'factors[0].path: reform is a group of parameters, not one value',
    ],
    [{ arms: [{ name: 'a' }, { name: 'a' }] }, 'arms[1].name: "a" is already the name of arms[0]'],
    [
      { arms: [{ name: 'a', set: { 'reform.politicalWill': 0.5 } }] },
      'arms[0].set.reform.politicalWill: also varied by factors[0]; an arm cannot fix it',
    ],
    [
      { preset: 'phased' },
      'preset: unknown preset "phased"; available presets: "no-mission", "mission-stays", "two-years-later", "abrupt-exit-year-2", "phased-handover", "strong-police", "abusive-forces", "low-political-will"',
    ],
    [{ scenario: '../nowhere.json' }, 'scenario: ../nowhere.json: cannot read: no such file'],
    [
      { factors: [{ name: 'exit', sets: [{ value: 1, set: { 'drawdown.exitTik': 52 } }] }] },
      'factors[0].sets[0].set.drawdown.exitTik: unknown key (did you mean "exitTick"?)',
    ],
    [
      { factors: [{ name: 'exit', path: 'drawdown.exitTick', sets: [{ value: 1, set: {} }] }] },
      'factors[0].path: not used with "sets" (each level sets its own paths)',
    ],
    [
      { factors: [{ path: 'drawdown.exitTick', values: [52], range: [1, 2] }] },
      'factors[0]: needs exactly one of "values", "range" and "sets"',
    ],
    [
      { design: { type: 'one-at-a-time' }, factors: [{ path: 'drawdown.strength', values: [0.5] }] },
      "factors[0].base: required: the base scenario's drawdown.strength is not a single number or string",
    ],
    [
      { set: { 'reform.politicalWill': 0.5 } },
      'set.reform.politicalWill: also varied by factors[0]; remove one of them',
    ],
    [
      { factors: [{ path: 'ticks', values: [40, 80] }] },
      'ticks: fixes the run length that factors[0] varies; remove one of them',
    ],
    [
      { design: { type: 'arms-only' } },
      'design.type: "arms-only" takes no factors, got 1; use "factorial" or another design',
    ],
  ])('%j → %s', (changes, message) => {
    expect(problems(experiment(changes))).toEqual([message])
  })

  it('reports a problem that only appears once a design point is applied, naming the point', () => {
    const found = problems(
      experiment({ factors: [{ path: 'drawdown.policy', values: ['none', 'conditions'] }] }),
    )
    expect(found).toEqual([
      'point 1 (drawdown.policy=conditions): once applied, drawdown.phases: the conditions policy needs at least one phase',
    ])
  })

  it('reports problems of an inline base scenario under scenario.', () => {
    const inline = {
      kind: 'civil-violence',
      name: 'x',
      ticks: 10,
      world: { width: 20, height: 20 },
      model: { legitimacy: 2 },
    }
    expect(
      problems(
        experiment({ scenario: inline, set: {}, factors: [{ path: 'model.legitimacy', values: [0.5] }] }),
      ),
    ).toEqual(['scenario.model.legitimacy: must be between 0 and 1, got 2'])
  })

  it('refuses sizes past their bounds before expanding anything (issue 11)', () => {
    expect(problems(experiment({ replicates: { count: 1e12, masterSeed: 1 } }))).toEqual([
      'replicates.count: must be between 1 and 100000, got 1000000000000',
    ])
    const wide = Array.from({ length: 4 }, (_, i) => ({
      path: ['reform.politicalWill', 'reform.ownership', 'reform.coordination', 'reform.justice'][i],
      range: [0, 1],
      levels: 100,
    }))
    expect(problems(experiment({ factors: wide, replicates: { count: 2, masterSeed: 1 } }))).toEqual([
      '(root): expands to 200000000 runs (points × arms × replicates); at most 1000000 in one experiment: split it into several',
    ])
  })

  it('refuses data nested 100 000 deep with a path, not a stack overflow (found by npm run fuzz)', () => {
    let deep: unknown = 0.5
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(problems(experiment({ set: { 'world.width': deep } }))).toEqual([
      expect.stringMatching(/^set\["world\.width"\]\[0\]|^set\.world\.width/),
    ])
  })

  it('lists every problem of the file at once', () => {
    const found = problems(experiment({ name: '', ticks: 0, factors: [{ path: 'x', values: [] }] }))
    expect(found).toEqual([
      'name: must not be empty',
      'ticks: must be between 1 and 100000, got 0',
      'factors[0].values: must have at least 1 item, got 0',
    ])
  })
})
