// @vitest-environment node
// Share links carry a run's whole recipe: scenario by id or embedded, preset, seed, overrides,
// changes made while it ran, the branch and its changes, tick and view; and read back the same.
import { describe, expect, it } from 'vitest'
import { startRecipe, withOverrides } from '../../src/ui/app/recipe.ts'
import {
  decodeShare,
  encodeShare,
  packText,
  ShareLinkError,
  type ShareState,
  unpackText,
} from '../../src/ui/app/share.ts'

describe('share links', () => {
  it('round-trip a run with changes and a branch', async () => {
    const a = withOverrides(
      withOverrides(startRecipe(0, { 'model.vision': 5 }), 40, {
        'model.vision': 5,
        'model.legitimacy': [
          [0, 0.9],
          [80, 0.5],
        ],
      }),
      90,
      {
        'model.vision': 5,
        'model.legitimacy': '0.9 - 0.001 * t',
      },
    )
    const b = withOverrides(startRecipe(60, { 'model.vision': 5, 'model.copDensity': 0.02 }), 70, {
      'model.vision': 5,
      'model.copDensity': 0.01,
    })
    const state: ShareState = {
      scenario: { id: 'epstein-civil-violence' },
      preset: 'run-1',
      seed: 7,
      tick: 120,
      view: 'presenter',
      overlay: true,
      a,
      b,
    }
    const fragment = await encodeShare(state)
    expect(fragment).toContain('scenario=epstein-civil-violence')
    expect(fragment).toContain('branch=60')
    expect(await decodeShare(`#${fragment}`)).toEqual(state)
  })

  it('carry the units and the lesson step, counted from 1 as the lesson panel counts', async () => {
    const state: ShareState = {
      scenario: { id: 'baseline' },
      seed: 1,
      tick: 300,
      view: 'normal',
      overlay: false,
      a: startRecipe(0, {}),
      units: 'real',
      lesson: { id: 'police-substitute', step: 1 },
    }
    const fragment = await encodeShare(state)
    expect(fragment).toContain('units=real')
    expect(fragment).toContain('lesson=police-substitute&step=2')
    expect(await decodeShare(fragment)).toEqual(state)
    // Links made before the units were carried leave them as the page has them.
    expect((await decodeShare('scenario=baseline'))?.units).toBeUndefined()
    expect((await decodeShare('scenario=baseline&units=model'))?.units).toBe('model')
    // A lesson without a step opens at its first.
    expect((await decodeShare('scenario=baseline&lesson=x'))?.lesson).toEqual({ id: 'x', step: 0 })
  })

  it('embeds an imported scenario compressed and base64url-encoded', async () => {
    const text = JSON.stringify({ kind: 'civil-violence', name: 'x'.repeat(2000) })
    const packed = await packText(text)
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(packed.length).toBeLessThan(200)
    expect(await unpackText(packed)).toBe(text)
    const fragment = await encodeShare({
      scenario: { text },
      seed: 1,
      tick: 0,
      view: 'normal',
      overlay: false,
      a: startRecipe(0),
    })
    expect((await decodeShare(fragment))?.scenario).toEqual({ text })
  })

  it('has nothing to say about an ordinary address, and names what is wrong with a broken link', async () => {
    expect(await decodeShare('')).toBeNull()
    await expect(decodeShare('scenario=x&seed=-3')).rejects.toThrow(ShareLinkError)
    await expect(decodeShare('scenario=x&set=model.vision')).rejects.toThrow(
      'set: expected path=value, e.g. model.legitimacy=0.7, got "model.vision"',
    )
  })
})
