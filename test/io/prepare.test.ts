// Preset, then overrides, then validation: what the CLI and the workers both do with scenario JSON.
import { describe, expect, it } from 'vitest'
import { prepareScenario } from '../../src/io/prepare.ts'

const raw = {
  kind: 'civil-violence',
  name: 'Prepared',
  ticks: 10,
  world: { width: 30, height: 30 },
  model: {},
  presets: { calm: { 'model.legitimacy': 0.95, 'model.threshold': 0.2 } },
}

const modelOf = (result: ReturnType<typeof prepareScenario>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  if (result.scenario.kind !== 'civil-violence') throw new Error(`unexpected kind ${result.scenario.kind}`)
  return result.scenario.model
}

describe('prepareScenario', () => {
  it('applies the preset first and the overrides after it, in order', () => {
    const model = modelOf(
      prepareScenario(raw, {
        preset: 'calm',
        overrides: [
          'model.legitimacy=0.6',
          { path: 'model.copDensity', value: [[0, 0.04]] },
          'model.legitimacy=0.7',
        ],
      }),
    )
    expect(model).toMatchObject({ legitimacy: 0.7, threshold: 0.2, copDensity: [[0, 0.04]] })
  })

  it('reads command-line values as JSON when they parse and keeps expressions as text', () => {
    expect(modelOf(prepareScenario(raw, { overrides: ['model.legitimacy=0.9 - 0.01*t'] })).legitimacy).toBe(
      '0.9 - 0.01*t',
    )
    expect(
      modelOf(prepareScenario(raw, { overrides: ['model.legitimacy=[[0,0.9],[5,0.5]]'] })).legitimacy,
    ).toEqual([
      [0, 0.9],
      [5, 0.5],
    ])
  })

  it('takes object overrides as they are, so the text "0.5" stays text and fails as a schedule', () => {
    const result = prepareScenario(raw, { overrides: [{ path: 'model.threshold', value: '0.5' }] })
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'model.threshold', message: expect.stringContaining('"0.5"') }],
    })
  })

  it('reports bad overrides, unknown presets and malformed path=value as problems, not throws', () => {
    expect(prepareScenario(raw, { overrides: ['model.legitimacy=1.4'] })).toEqual({
      ok: false,
      problems: [{ path: 'model.legitimacy', message: 'must be between 0 and 1, got 1.4' }],
    })
    const unknownPreset = prepareScenario(raw, { preset: 'riot' })
    expect(unknownPreset.ok).toBe(false)
    expect(!unknownPreset.ok && unknownPreset.problems[0].path).toBe('presets')
    const malformed = prepareScenario(raw, { overrides: ['model.legitimacy'] })
    expect(!malformed.ok && malformed.problems[0].path).toBe('(override)')
  })

  it('leaves the raw scenario untouched', () => {
    const copy = structuredClone(raw)
    prepareScenario(raw, { preset: 'calm', overrides: ['world.width=50'] })
    expect(raw).toEqual(copy)
  })
})
