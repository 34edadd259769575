// Overrides by dotted path, as the command line gives them: applied to the raw JSON, then validated.
import { describe, expect, it } from 'vitest'
import { applyOverrides, parseOverride, parseOverrideValue } from '../../src/scenario/overrides.ts'
import { formatProblem, parseScenario, ScenarioError, validateScenario } from '../../src/scenario/validate.ts'

const raw = () => ({
  kind: 'civil-violence',
  name: 'Baseline',
  ticks: 200,
  world: { width: 40, height: 40 },
  model: { legitimacy: 0.82 },
})

const overrides = (...args: string[]) => args.map(parseOverride)

describe('applyOverrides', () => {
  it('sets values by dotted path, reading command-line text as JSON when it parses', () => {
    const changed = applyOverrides(
      raw(),
      overrides(
        'model.legitimacy=0.7',
        'world.width=60',
        'rules.arrestRatio=rounded',
        'model.movement=false',
        'model.copDensity=[[0,0.04],[100,0.01]]',
        'model.maxJailTerm=life',
      ),
    )
    const scenario = parseScenario(changed)
    if (scenario.kind !== 'civil-violence') throw new Error('wrong kind')
    expect(scenario.model.legitimacy).toBe(0.7)
    expect(scenario.world.width).toBe(60)
    expect(scenario.rules.arrestRatio).toBe('rounded')
    expect(scenario.model.movement).toBe(false)
    expect(scenario.model.copDensity).toEqual([
      [0, 0.04],
      [100, 0.01],
    ])
    expect(scenario.model.maxJailTerm).toBe('life')
  })

  it('keeps expressions as text, including ones with = and spaces', () => {
    const changed = applyOverrides(raw(), overrides('model.legitimacy=t == 0 ? 0.9 : max(0.2, 0.9 - 0.01*t)'))
    expect((changed as ReturnType<typeof raw>).model.legitimacy).toBe('t == 0 ? 0.9 : max(0.2, 0.9 - 0.01*t)')
    expect(validateScenario(changed).ok).toBe(true)
  })

  it('takes non-string values as they are', () => {
    const changed = applyOverrides(raw(), [{ path: 'model.legitimacy', value: [[0, 0.9]] }]) as ReturnType<
      typeof raw
    >
    expect(changed.model.legitimacy).toEqual([[0, 0.9]])
  })

  it('does not touch the scenario it was given', () => {
    const original = raw()
    applyOverrides(original, overrides('model.legitimacy=0.1', 'world.height=5'))
    expect(original).toEqual(raw())
  })

  it('creates missing objects on the way', () => {
    const changed = applyOverrides(raw(), overrides('rules.turn=netlogo')) as { rules: unknown }
    expect(changed.rules).toEqual({ turn: 'netlogo' })
  })

  it('leaves a misspelt path for validation, which names it and suggests the right key', () => {
    const result = validateScenario(applyOverrides(raw(), overrides('model.legitimcy=0.7', 'modle.vision=3')))
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'modle: unknown key (did you mean "model"?)',
      'model.legitimcy: unknown key (did you mean "legitimacy"?)',
    ])
  })

  it('range-checks overridden values like any other', () => {
    const result = validateScenario(applyOverrides(raw(), overrides('model.legitimacy=1.4')))
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'model.legitimacy: must be between 0 and 1, got 1.4',
    ])
  })

  it('refuses paths that cannot be set, naming them', () => {
    expect(() => applyOverrides(raw(), overrides('model.legitimacy.start=0.5'))).toThrow(
      new ScenarioError([
        {
          path: 'model.legitimacy',
          message: 'must be an object, got 0.82',
        },
      ]),
    )
    expect(() => applyOverrides(raw(), [{ path: 'model..vision', value: 3 }])).toThrow(
      'model..vision: not a dotted path such as model.legitimacy',
    )
    expect(() => applyOverrides([], overrides('a=1'))).toThrow('(root): must be an object, got array')
  })

  it('cannot reach a prototype', () => {
    const changed = applyOverrides(raw(), overrides('__proto__.polluted=1', 'model.__proto__.x=1'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(changed)).toBe(Object.prototype)
    const result = validateScenario(changed)
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['__proto__', 'model.__proto__'])
  })
})

describe('parsing command-line overrides', () => {
  it('splits at the first =', () => {
    expect(parseOverride('model.legitimacy=0.7')).toEqual({ path: 'model.legitimacy', value: '0.7' })
    expect(parseOverride('model.legitimacy=t==1 ? 1 : 0')).toEqual({
      path: 'model.legitimacy',
      value: 't==1 ? 1 : 0',
    })
    expect(() => parseOverride('model.legitimacy')).toThrow(
      '(override): expected path=value, e.g. model.legitimacy=0.7, got "model.legitimacy"',
    )
  })

  it('reads JSON when it parses and keeps text otherwise', () => {
    expect(parseOverrideValue('0.7')).toBe(0.7)
    expect(parseOverrideValue('true')).toBe(true)
    expect(parseOverrideValue('[[0,0.9],[100,0.2]]')).toEqual([
      [0, 0.9],
      [100, 0.2],
    ])
    expect(parseOverrideValue('"42"')).toBe('42')
    expect(parseOverrideValue('rounded')).toBe('rounded')
    expect(parseOverrideValue('max(0.2, 0.9 - 0.01*t)')).toBe('max(0.2, 0.9 - 0.01*t)')
  })
})
