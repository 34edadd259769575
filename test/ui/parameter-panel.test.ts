// The parameter panel says when a change takes effect: from the next tick for most parameters, on
// reset for start-only ones, and at once by restarting the run for the world.
import { describe, expect, it } from 'vitest'
import { listParameters, type ParameterInfo } from '../../src/scenario/schema.ts'
import { parseScenario } from '../../src/scenario/validate.ts'
import type { Controller } from '../../src/ui/app/controller.ts'
import { type AppState, INITIAL_STATE } from '../../src/ui/app/state.ts'
import { createParameterPanel, whenApplied } from '../../src/ui/controls/parameters.ts'

const info = (path: string, extra: Partial<ParameterInfo> = {}): ParameterInfo => ({
  path,
  type: 'number',
  optional: false,
  ...extra,
})

describe('whenApplied', () => {
  it('marks start-only parameters and the world, and nothing else', () => {
    expect(whenApplied(info('model.citizenDensity', { startOnly: true }))).toBe('applies on reset')
    expect(whenApplied(info('world.width', { startOnly: true }))).toBe('restarts the run')
    expect(whenApplied(info('world.height'))).toBe('restarts the run')
    expect(whenApplied(info('model.legitimacy'))).toBeUndefined()
  })
})

describe('the parameter panel', () => {
  it('shows when each parameter applies, tied to its field for screen readers', () => {
    const panel = createParameterPanel({
      setEditing() {},
      setParameter: async () => {},
    } as unknown as Controller)
    document.body.append(panel.element)
    const scenario = parseScenario({
      kind: 'ssr',
      name: 'x',
      ticks: 10,
      world: { width: 30, height: 30 },
      districts: [{ name: 'Only' }],
    })
    const state = {
      ...INITIAL_STATE,
      source: { raw: {}, name: 'x', kind: 'ssr', presets: [] },
      a: { scenario },
    } as unknown as AppState
    panel.update(state, INITIAL_STATE)
    const timing = (path: string) =>
      panel.element.querySelector(`[data-path="${path}"] .applies`)?.textContent ?? null
    expect(timing('world.width')).toBe('restarts the run')
    expect(timing('reform.politicalWill')).toBeNull()
    for (const parameter of listParameters('ssr')) {
      if (!parameter.startOnly || parameter.path.startsWith('world.')) continue
      expect(timing(parameter.path), parameter.path).toBe('applies on reset')
    }
    const width = panel.element.querySelector('[data-path="world.width"]')!
    const note = width.querySelector('.applies')!
    expect(width.querySelector('input[type="number"]')!.getAttribute('aria-describedby')).toContain(note.id)
    expect(panel.element.querySelector('.panel-note')!.textContent).toMatch(
      /^Changes apply from the next tick/,
    )
  })
})
