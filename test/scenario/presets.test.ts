// Presets stored in a scenario: applying one, and reporting bad ones at presets.<name>.<path>.
import { describe, expect, it } from 'vitest'
import { applyPreset, checkPresets } from '../../src/scenario/presets.ts'
import { formatProblem, parseScenario, ScenarioError, validateScenario } from '../../src/scenario/validate.ts'

const withPresets = (presets: Record<string, unknown>) => ({
  kind: 'civil-violence',
  name: 'Baseline',
  ticks: 200,
  world: { width: 40, height: 40 },
  model: { legitimacy: 0.82 },
  presets,
})

const problems = (input: unknown) => {
  const result = validateScenario(input)
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('applyPreset', () => {
  const raw = withPresets({
    'low-legitimacy': { 'model.legitimacy': 0.5, 'world.width': 60 },
    drawdown: {
      'model.copDensity': [
        [0, 0.04],
        [100, 0.01],
      ],
      'rules.arrestRatio': 'literal',
    },
  })

  it('applies every entry of the preset to a copy', () => {
    const scenario = parseScenario(applyPreset(raw, 'low-legitimacy'))
    if (scenario.kind !== 'civil-violence') throw new Error('wrong kind')
    expect(scenario.model.legitimacy).toBe(0.5)
    expect(scenario.world.width).toBe(60)
    expect(raw.model.legitimacy).toBe(0.82)
  })

  it('takes values as they are written, not as JSON text', () => {
    const named = withPresets({ renamed: { name: '2024' } })
    expect(parseScenario(applyPreset(named, 'renamed')).name).toBe('2024')
  })

  it('applies schedules and rules', () => {
    const scenario = parseScenario(applyPreset(raw, 'drawdown'))
    if (scenario.kind !== 'civil-violence') throw new Error('wrong kind')
    expect(scenario.model.copDensity).toEqual([
      [0, 0.04],
      [100, 0.01],
    ])
    expect(scenario.rules.arrestRatio).toBe('literal')
  })

  it('names the presets there are when asked for one that is not', () => {
    expect(() => applyPreset(raw, 'drawdwn')).toThrow(ScenarioError)
    expect(() => applyPreset(raw, 'drawdwn')).toThrow(
      'presets: unknown preset "drawdwn"; available presets: "low-legitimacy", "drawdown"',
    )
    expect(() => applyPreset(withPresets({}), 'x')).toThrow(
      'presets: unknown preset "x"; this scenario has no presets',
    )
  })
})

describe('presets are validated with the scenario', () => {
  it('accepts good presets', () => {
    expect(
      problems(withPresets({ a: { 'model.legitimacy': '0.9 - 0.001*t', 'model.maxJailTerm': 'life' } })),
    ).toEqual([])
    expect(problems(withPresets({ whole: { rules: { turn: 'netlogo' } } }))).toEqual([])
  })

  it('reports a path that does not exist, with a suggestion', () => {
    expect(problems(withPresets({ 'run-1': { 'model.vison': 3 } }))).toEqual([
      'presets.run-1.model.vison: unknown key (did you mean "vision"?)',
    ])
    expect(problems(withPresets({ 'run-1': { 'modle.vision': 3 } }))).toEqual([
      'presets.run-1.modle: unknown key (did you mean "model"?)',
    ])
    expect(problems(withPresets({ 'run-1': { 'model.vision.x': 3 } }))).toEqual([
      'presets.run-1.model.vision.x: unknown key (model.vision is a single number value, not an object)',
    ])
  })

  it('reports a value the preset makes invalid, at the preset', () => {
    expect(problems(withPresets({ 'run-1': { 'model.legitimacy': 1.4 } }))).toEqual([
      'presets.run-1.model.legitimacy: must be between 0 and 1, got 1.4',
    ])
    expect(
      problems(
        withPresets({
          'run-1': {
            'model.legitimacy': [
              [0, 0.9],
              [10, 2],
            ],
          },
        }),
      ),
    ).toEqual(['presets.run-1.model.legitimacy[1][1]: must be between 0 and 1, got 2'])
    expect(problems(withPresets({ 'run-1': { 'model.legitimacy': '0.9 - tt' } }))).toEqual([
      'presets.run-1.model.legitimacy: unknown name "tt" at position 6 in "0.9 - tt" (did you mean "t"?)',
    ])
  })

  it('reports cross-field problems a preset causes elsewhere', () => {
    expect(problems(withPresets({ small: { 'world.width': 10 } }))).toEqual([
      "presets.small: once applied, model.vision: too large for the 10 × 40 torus: a vision of 7 spans 15 cells (2 × floor(vision) + 1) but the world's shorter side is 10; use a vision below 5 or a larger world",
    ])
  })

  it('does not let a preset change the kind or the presets', () => {
    expect(problems(withPresets({ a: { kind: 'inter-group', 'presets.b': {} } }))).toEqual([
      'presets.a.kind: a preset cannot change the scenario kind',
      'presets.a.presets.b: not a parameter; a preset sets parameters only',
    ])
  })

  it('reports every bad preset, and does not repeat problems the scenario has anyway', () => {
    const input = { ...withPresets({ a: { 'model.vison': 3 }, b: { 'model.threshold': -1 } }), ticks: 0 }
    expect(problems(input)).toEqual([
      'ticks: must be between 1 and 100000, got 0',
      'presets.a.model.vison: unknown key (did you mean "vision"?)',
      'presets.b.model.threshold: must be between 0 and 1, got -1',
    ])
  })

  it('checkPresets looks at presets only', () => {
    expect(checkPresets(withPresets({ a: { 'model.legitimacy': 2 } }))).toEqual([
      { path: 'presets.a.model.legitimacy', message: 'must be between 0 and 1, got 2' },
    ])
    expect(checkPresets({ kind: 'unknown', presets: { a: { x: 1 } } })).toEqual([])
    expect(checkPresets('not a scenario')).toEqual([])
  })
})
