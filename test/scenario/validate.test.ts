// validateScenario and parseScenario: the exact messages users see for typical mistakes, and the
// defaults a valid scenario is completed with.
import { describe, expect, it } from 'vitest'
import { formatProblem, parseScenario, ScenarioError, validateScenario } from '../../src/scenario/validate.ts'

/** The smallest valid Model I scenario: everything else has a default. */
const civil = (changes: Record<string, unknown> = {}) => ({
  kind: 'civil-violence',
  name: 'Baseline',
  ticks: 200,
  world: { width: 40, height: 40 },
  ...changes,
})

const interGroup = (changes: Record<string, unknown> = {}) => ({
  kind: 'inter-group',
  name: 'Two groups',
  ticks: 200,
  world: { width: 40, height: 40 },
  ...changes,
})

function problems(input: unknown): string[] {
  const result = validateScenario(input)
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('typical mistakes get these exact messages', () => {
  it.each([
    [{ model: { legitimacy: 1.4 } }, 'model.legitimacy: must be between 0 and 1, got 1.4'],
    [{ model: { vision: 'seven' } }, 'model.vision: must be a number, got "seven"'],
    [{ model: { maxJailTerm: 2.5 } }, 'model.maxJailTerm: must be a whole number, got 2.5'],
    [{ world: { height: 40 } }, 'world.width: required'],
    [{ model: { legitimcy: 0.7 } }, 'model.legitimcy: unknown key (did you mean "legitimacy"?)'],
    [
      { rules: { arrestRatio: 'round' } },
      'rules.arrestRatio: must be one of "literal", "rounded", "floored", got "round"',
    ],
    [
      {
        model: {
          legitimacy: [
            [0, 0.9],
            [2.5, 0.5],
          ],
        },
      },
      'model.legitimacy[1][0]: must be a whole number, got 2.5',
    ],
    [
      {
        model: {
          legitimacy: [
            [0, 0.9],
            [-1, 0.5],
          ],
        },
      },
      'model.legitimacy[1][0]: must be at least 0, got -1',
    ],
    [
      {
        model: {
          legitimacy: [
            [0, 0.9],
            [10, 1.5],
          ],
        },
      },
      'model.legitimacy[1][1]: must be between 0 and 1, got 1.5',
    ],
    [
      {
        model: {
          legitimacy: [
            [0, 0.9],
            [20, 0.5],
            [10, 0.2],
          ],
        },
      },
      'model.legitimacy[2]: ticks must increase, got 10 after 20',
    ],
    [
      {
        model: {
          legitimacy: [
            [0, 0.9],
            [0, 0.5],
          ],
        },
      },
      'model.legitimacy[1]: ticks must increase, got 0 after 0',
    ],
    [
      { model: { legitimacy: [[0, 0.9, 3]] } },
      'model.legitimacy[0]: must be a [tick, value] pair, got an array of 3',
    ],
    [{ model: { legitimacy: [] } }, 'model.legitimacy: must have at least one [tick, value] point'],
    [
      { model: { legitimacy: '0.9 - 0.01*tt' } },
      'model.legitimacy: unknown name "tt" at position 11 in "0.9 - 0.01*tt" (did you mean "t"?)',
    ],
    [
      { model: { copDensity: 'max(0.2, ' } },
      'model.copDensity: syntax error: unexpected end of expression at position 9 in "max(0.2, "',
    ],
    [{ model: { copDensity: '' } }, 'model.copDensity: expression must not be empty'],
    [
      { model: { legitimacy: true } },
      'model.legitimacy: must be a number, a list of [tick, value] points or an expression in t, got true',
    ],
    [
      { model: { maxJailTerm: 'forever' } },
      'model.maxJailTerm: must be a whole number at least 1 or "life", got "forever"',
    ],
    [{ model: { maxJailTerm: 0 } }, 'model.maxJailTerm: must be at least 1, got 0'],
    [{ model: { vision: 0 } }, 'model.vision: must be greater than 0 and at most 50, got 0'],
    [{ model: { movement: 'yes' } }, 'model.movement: must be true or false, got "yes"'],
    [{ ticksPerYear: 0 }, 'ticksPerYear: must be greater than 0, got 0'],
    [{ seed: -1 }, 'seed: must be at least 0, got -1'],
    [{ ticks: 0 }, 'ticks: must be at least 1, got 0'],
    [{ name: '  ' }, 'name: must not be empty'],
    [{ world: { width: 2, height: 40 } }, 'world.width: must be between 3 and 2000, got 2'],
    [
      { world: { width: 40, height: 40, topology: 'sphere' } },
      'world.topology: must be one of "torus", "bounded", got "sphere"',
    ],
    [
      { rules: { neighbourhood: 'neumann' } },
      'rules.neighbourhood: must be one of "moore", "von-neumann", "disc", "axes", got "neumann"',
    ],
    [
      { rules: { turn: 'netlgo' } },
      'rules.turn: must be one of "mesa", "netlogo", got "netlgo" (did you mean "netlogo"?)',
    ],
    [{ rules: 'mesa' }, 'rules: must be an object, got "mesa"'],
    [{ presets: [] }, 'presets: must be an object, got array'],
  ])('%j', (changes, message) => {
    expect(problems(civil(changes))).toEqual([message])
  })

  it('says what the root should be', () => {
    expect(problems([])).toEqual(['(root): must be an object, got array'])
    expect(problems(null)).toEqual(['(root): must be an object, got null'])
    expect(problems('civil-violence')).toEqual(['(root): must be an object, got "civil-violence"'])
  })

  it('asks for a known kind', () => {
    expect(problems({ name: 'x' })).toEqual(['kind: required, one of "civil-violence", "inter-group", "ssr"'])
    expect(problems(civil({ kind: 'civil-violnce' }))).toEqual([
      'kind: must be one of "civil-violence", "inter-group", "ssr", got "civil-violnce" (did you mean "civil-violence"?)',
    ])
  })

  it('reports required fields', () => {
    expect(problems({ kind: 'inter-group' })).toEqual([
      'name: required',
      'ticks: required',
      'world: required',
    ])
  })

  it('lists the allowed keys when no key is close', () => {
    expect(problems(civil({ world: { width: 40, height: 40, wrap: true } }))).toEqual([
      'world.wrap: unknown key (allowed: width, height, topology)',
    ])
  })

  it('catches unknown keys at every level', () => {
    const input = {
      ...civil({ colour: 'red' }),
      world: { width: 40, height: 40, widht: 40 },
      rules: { arestRatio: 'literal' },
      model: { vison: 3 },
      presets: { 'run-1': { 'model.vison': 3 } },
    }
    expect(problems(input)).toEqual([
      'colour: unknown key (allowed: $schema, kind, name, description, seed, ticks, ticksPerYear, world, rules, model, presets)',
      'world.widht: unknown key (did you mean "width"?)',
      'rules.arestRatio: unknown key (did you mean "arrestRatio"?)',
      'model.vison: unknown key (did you mean "vision"?)',
      'presets.run-1.model.vison: unknown key (did you mean "vision"?)',
    ])
  })

  it('keys from the other kind are unknown', () => {
    expect(problems(civil({ model: { blueShare: 0.5 } }))).toEqual([
      'model.blueShare: unknown key (allowed: citizenDensity, copDensity, legitimacy, vision, maxJailTerm, threshold, arrestConstant, movement)',
    ])
  })

  it('reports every problem at once', () => {
    const input = civil({
      ticks: 1.5,
      world: { width: 40 },
      model: { legitimacy: 1.4, vision: 'seven', maxJailTerm: 2.5, legitimcy: 0.7 },
      rules: { arrestRatio: 'round' },
    })
    expect(problems(input)).toEqual([
      'ticks: must be a whole number, got 1.5',
      'world.height: required',
      'rules.arrestRatio: must be one of "literal", "rounded", "floored", got "round"',
      'model.legitimcy: unknown key (did you mean "legitimacy"?)',
      'model.legitimacy: must be between 0 and 1, got 1.4',
      'model.vision: must be a number, got "seven"',
      'model.maxJailTerm: must be a whole number, got 2.5',
    ])
  })

  it('never includes a stack trace', () => {
    const input = civil({ model: { legitimacy: 'import({}, {})', copDensity: '1 +', vision: {} } })
    const messages = problems(input)
    expect(messages).toHaveLength(3) // one per bad field: an empty list would pass the loop below
    for (const message of messages) expect(message).not.toMatch(/\n|\s+at\s.+:\d+:\d+/)
  })
})

describe('the vision must fit the world on a torus', () => {
  it('reports a vision window wider than the world at model.vision', () => {
    expect(problems(civil({ world: { width: 10, height: 12 }, model: { vision: 7 } }))).toEqual([
      "model.vision: too large for the 10 × 12 torus: a vision of 7 spans 15 cells (2 × floor(vision) + 1) but the world's shorter side is 10; use a vision below 5 or a larger world",
    ])
  })

  it('accepts a window exactly as wide as the world, and any vision on a bounded grid', () => {
    expect(problems(civil({ world: { width: 15, height: 30 }, model: { vision: 7.9 } }))).toEqual([])
    expect(
      problems(civil({ world: { width: 10, height: 12, topology: 'bounded' }, model: { vision: 7 } })),
    ).toEqual([])
  })

  it("uses the kind's default vision", () => {
    expect(problems(civil({ world: { width: 14, height: 14 } }))).toHaveLength(1)
    expect(problems(interGroup({ world: { width: 3, height: 3 } }))).toEqual([])
  })
})

describe('defaults', () => {
  it('fills in a complete civil-violence scenario', () => {
    expect(parseScenario(civil())).toEqual({
      kind: 'civil-violence',
      name: 'Baseline',
      description: '',
      seed: 1,
      ticks: 200,
      ticksPerYear: 52,
      world: { width: 40, height: 40, topology: 'torus' },
      rules: {
        arrestRatio: 'rounded',
        neighbourhood: 'von-neumann',
        jailed: 'keep-cell',
        turn: 'mesa',
        jailTerm: 'below-max',
        release: 'at-term-end',
        activeSelf: 'by-turn',
        copOnArrest: 'by-turn',
        placement: 'exact',
      },
      model: {
        citizenDensity: 0.7,
        copDensity: 0.04,
        legitimacy: 0.82,
        vision: 7,
        maxJailTerm: 30,
        threshold: 0.1,
        arrestConstant: 2.3,
        movement: true,
      },
      presets: {},
    })
  })

  it('fills in the inter-group model with its own defaults', () => {
    const scenario = parseScenario(interGroup({ model: { blueShare: 0.3 } }))
    expect(scenario.kind === 'inter-group' && scenario.model).toEqual({
      agentDensity: 0.7,
      blueShare: 0.3,
      peacekeeperDensity: 0,
      legitimacy: 0.8,
      vision: 1.7,
      maxJailTerm: 15,
      threshold: 0.1,
      arrestConstant: 2.3,
      movement: true,
      reproductionProbability: 0.05,
      maxAge: 200,
    })
  })

  it('keeps what the scenario sets, schedules as written, and $schema', () => {
    const scenario = parseScenario(
      civil({
        $schema: './schema.json',
        seed: 7,
        rules: { turn: 'netlogo' },
        model: {
          legitimacy: [
            [0, 0.9],
            [100, 0.2],
          ],
          copDensity: 'max(0.01, 0.04 - 0.0001*t)',
          maxJailTerm: 'life',
        },
      }),
    )
    expect(scenario.$schema).toBe('./schema.json')
    expect(scenario.seed).toBe(7)
    expect(scenario.rules).toEqual({
      arrestRatio: 'rounded',
      neighbourhood: 'von-neumann',
      jailed: 'keep-cell',
      turn: 'netlogo',
      jailTerm: 'below-max',
      release: 'at-term-end',
      activeSelf: 'by-turn',
      copOnArrest: 'by-turn',
      placement: 'exact',
    })
    if (scenario.kind !== 'civil-violence') throw new Error('wrong kind')
    expect(scenario.model.legitimacy).toEqual([
      [0, 0.9],
      [100, 0.2],
    ])
    expect(scenario.model.copDensity).toBe('max(0.01, 0.04 - 0.0001*t)')
    expect(scenario.model.maxJailTerm).toBe('life')
  })

  it('returns a copy: changing the result leaves the input alone', () => {
    const input = civil({
      model: {
        legitimacy: [
          [0, 0.9],
          [100, 0.2],
        ],
      },
    })
    const scenario = parseScenario(input)
    if (scenario.kind !== 'civil-violence' || !Array.isArray(scenario.model.legitimacy))
      throw new Error('shape')
    scenario.model.legitimacy[0][1] = 0
    scenario.world.width = 3
    expect((input as { model?: unknown }).model).toEqual({
      legitimacy: [
        [0, 0.9],
        [100, 0.2],
      ],
    })
    expect(input.world).toEqual({ width: 40, height: 40 })
  })
})

describe('parseScenario', () => {
  it('throws a ScenarioError listing every problem, one per line', () => {
    let caught: unknown
    try {
      parseScenario(civil({ ticks: 0, model: { legitimacy: 1.4 } }))
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ScenarioError)
    const error = caught as ScenarioError
    expect(error.message).toBe(
      'ticks: must be at least 1, got 0\nmodel.legitimacy: must be between 0 and 1, got 1.4',
    )
    expect(error.problems).toEqual([
      { path: 'ticks', message: 'must be at least 1, got 0' },
      { path: 'model.legitimacy', message: 'must be between 0 and 1, got 1.4' },
    ])
  })
})
