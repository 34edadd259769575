// Issue 11, items 1, 2, 3, 6 and 7: size-like inputs have upper bounds checked at validation,
// densities must fit the grid, constant expressions are range-checked before a run, a section that
// is not an object is named as such, and one rule for seeds holds in files and on the command line.
import { describe, expect, it } from 'vitest'
import { readRunOptions } from '../../src/cli/run-options.ts'
import { makeTable } from '../../src/engine/core/observables.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { prepareScenario } from '../../src/io/prepare.ts'
import { MAX_SEED, MAX_TICKS } from '../../src/scenario/limits.ts'
import { formatProblem, validateScenario } from '../../src/scenario/validate.ts'

const civil = (changes: Record<string, unknown> = {}) => ({
  kind: 'civil-violence',
  name: 'Small',
  ticks: 20,
  world: { width: 20, height: 20 },
  ...changes,
})

const ssr = (changes: Record<string, unknown> = {}) => ({
  kind: 'ssr',
  name: 'Small SSR',
  ticks: 20,
  world: { width: 20, height: 20 },
  districts: [{ name: 'North' }],
  ...changes,
})

function problems(input: unknown): string[] {
  const result = validateScenario(input)
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('size-like inputs have upper bounds (item 1)', () => {
  it.each([
    [{ ticks: 1e12 }, `ticks: must be between 1 and ${MAX_TICKS}, got 1000000000000`],
    [{ ticks: MAX_TICKS + 1 }, `ticks: must be between 1 and ${MAX_TICKS}, got ${MAX_TICKS + 1}`],
    [
      { model: { maxJailTerm: 1e15 } },
      `model.maxJailTerm: must be between 1 and ${MAX_TICKS}, got 1000000000000000`,
    ],
    [{ world: { width: 1e9, height: 20 } }, 'world.width: must be between 3 and 2000, got 1000000000'],
    [
      { model: { copDensity: [[1e12, 0.1]] } },
      `model.copDensity[0][0]: must be between 0 and ${MAX_TICKS}, got 1000000000000`,
    ],
  ])('%j is refused: %s', (changes, message) => {
    expect(problems(civil(changes))).toEqual([message])
  })

  it('bounds the SSR outcome window and event ticks', () => {
    const found = problems(
      ssr({ outcomes: { windowTicks: 1e7 }, shocks: [{ kind: 'budget-cut', tick: 1e9 }] }),
    )
    expect(found).toContain('outcomes.windowTicks: must be between 1 and 1000, got 10000000')
    expect(found).toContain(`shocks[0].tick: must be between 0 and ${MAX_TICKS}, got 1000000000`)
  })

  it('refuses --ticks above the bound, naming it', () => {
    expect(() => readRunOptions(['s.json', '--ticks', '9007199254740991'])).toThrow(
      `--ticks must be a whole number from 0 to ${MAX_TICKS}, got "9007199254740991"`,
    )
  })

  it('reserves rows for the ticks run, not the horizon, and grows as the run goes on', () => {
    expect(makeTable(['a'], MAX_TICKS + 1).columns[0].length).toBeLessThanOrEqual(1024)
    const prepared = prepareScenario(civil({ ticks: MAX_TICKS }))
    if (!prepared.ok) throw new Error(prepared.problems.map(formatProblem).join('\n'))
    const simulation = createSimulation(prepared.scenario)
    simulation.step(1500)
    const active = simulation.observables().active
    expect(active.length).toBe(1501)
    expect(active.every(Number.isFinite)).toBe(true)
  })
})

describe('shares per tick are at most 1 (found by the property tests)', () => {
  it('an owned decay of 2.5 is refused: it drove owned capacity below 0', () => {
    expect(problems(ssr({ reform: { ownedDecay: 2.5, assistedDecay: 1.5, conversionRate: 2 } }))).toEqual([
      'reform.conversionRate: must be between 0 and 1, got 2',
      'reform.assistedDecay: must be between 0 and 1, got 1.5',
      'reform.ownedDecay: must be between 0 and 1, got 2.5',
    ])
  })
})

describe('densities must fit the grid (item 2)', () => {
  it('Model I: citizens and cops, with their sum', () => {
    expect(problems(civil({ model: { citizenDensity: 1, copDensity: 1 } }))).toEqual([
      'model: shares of cells add up to 2 (model.citizenDensity 1 + model.copDensity 1); together they must be at most 1',
    ])
  })

  it('Model I: a cop schedule is judged by its highest point', () => {
    const [message] = problems(
      civil({
        model: {
          citizenDensity: 0.9,
          copDensity: [
            [0, 0],
            [10, 0.2],
          ],
        },
      }),
    )
    expect(message).toMatch(
      /^model: shares of cells add up to 1\.1 \(model\.citizenDensity 0\.9 \+ model\.copDensity 0\.2\)/,
    )
  })

  it('Model II: agents and peacekeepers', () => {
    const scenario = {
      ...civil(),
      kind: 'inter-group',
      model: { agentDensity: 0.8, peacekeeperDensity: 0.3 },
    }
    expect(problems(scenario)[0]).toMatch(
      /^model: shares of cells add up to 1\.1 \(model\.agentDensity 0\.8 \+ model\.peacekeeperDensity 0\.3\)/,
    )
  })

  it('SSR: a district with its citizens, spoilers and every force', () => {
    const [message] = problems(ssr({ districts: [{ name: 'North', density: 0.99, spoilers: 0.05 }] }))
    expect(message).toMatch(
      /^districts\[0\]: shares of cells add up to 1\.068 \(districts\[0\]\.density 0\.99 \+ districts\[0\]\.spoilers 0\.05 \+ police\.density 0\.012 \+ military\.density 0\.01 \+ peacekeepers\.density 0\.006\)/,
    )
  })

  it('a grid exactly full is fine', () => {
    expect(problems(civil({ model: { citizenDensity: 0.7, copDensity: 0.3 } }))).toEqual([])
  })
})

describe('constant expressions are range-checked at validation (item 3)', () => {
  it('the nested conditional from the issue', () => {
    expect(problems(civil({ model: { legitimacy: '1 ? 2 : 3 ? 4 : 5 ? 6 : 7' } }))).toEqual([
      'model.legitimacy: must be between 0 and 1, got 2 (the value of "1 ? 2 : 3 ? 4 : 5 ? 6 : 7")',
    ])
  })

  it('an expression in t at the first tick, and a non-finite constant', () => {
    expect(problems(civil({ model: { legitimacy: '1.5 - 0.01 * t' } }))).toEqual([
      'model.legitimacy: must be between 0 and 1, got 1.5 at t = 0',
    ])
    expect(problems(civil({ model: { legitimacy: '1/0' } }))[0]).toMatch(
      /^model\.legitimacy: must be a finite number/,
    )
  })

  it('a run-time range error still names the path', () => {
    const prepared = prepareScenario(civil({ model: { legitimacy: '0.9 - 0.1 * t' } }))
    if (!prepared.ok) throw new Error('expected a valid scenario')
    const simulation = createSimulation(prepared.scenario)
    expect(() => simulation.step(20)).toThrow(
      /^model\.legitimacy: must be between 0 and 1, got -0\.0999\d* at tick 10$/,
    )
  })
})

describe('a section that is not an object is named (item 6)', () => {
  it('rules: [] with presets that set rules', () => {
    const scenario = civil({ rules: [], presets: { disc: { 'rules.neighbourhood': 'disc' } } })
    expect(problems(scenario)).toEqual(['rules: must be an object, got array'])
  })

  it('an override inside an array section', () => {
    const prepared = prepareScenario(civil({ rules: [] }), { overrides: ['rules.neighbourhood=disc'] })
    expect(prepared.ok ? [] : prepared.problems.map(formatProblem)).toEqual([
      'rules: must be an object, got array',
    ])
  })
})

describe('one rule for seeds: whole numbers from 0 to 2^53 − 1 (item 7)', () => {
  it.each([[1e20], [-1], [1.5], [MAX_SEED + 1]])('a file seed of %d is refused', (seed) => {
    expect(problems(civil({ seed }))[0]).toMatch(/^seed: must be /)
  })

  it('the largest seed is accepted in a file and on the command line', () => {
    expect(problems(civil({ seed: MAX_SEED }))).toEqual([])
    expect(readRunOptions(['s.json', '--seed', String(MAX_SEED)])).toMatchObject({ seed: MAX_SEED })
  })

  it('--seed out of range names the range', () => {
    expect(() => readRunOptions(['s.json', '--seed', '1e20'])).toThrow(
      `--seed must be a whole number from 0 to ${MAX_SEED}, got "1e20"`,
    )
  })
})
