// The engine API object itself, called in-process: validation comes back as problems, runs
// continue only with the same kind and world size, and misuse fails with a clear message.
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { parseScenario } from '../../src/scenario/validate.ts'
import { createEngineApi } from '../../workers/engine-api.ts'

const raw = {
  kind: 'civil-violence',
  name: 'API test',
  seed: 9,
  ticks: 20,
  world: { width: 30, height: 30 },
  model: {},
  presets: { calm: { 'model.legitimacy': 0.95 } },
}

const changed = (change: (copy: typeof raw & Record<string, unknown>) => void) => {
  const copy = structuredClone(raw) as typeof raw & Record<string, unknown>
  change(copy)
  return copy
}

describe('engine API', () => {
  it('creates a run and reports its scenario, seed, tick and observable names', () => {
    const api = createEngineApi()
    const created = api.create(raw)
    const expected = createSimulation(parseScenario(raw))
    expect(created).toEqual({
      ok: true,
      scenario: parseScenario(raw),
      seed: 9,
      tick: 0,
      observableNames: [...expected.observableNames],
    })
    expect(api.create(raw, 4)).toMatchObject({ ok: true, seed: 4 })
  })

  it('returns problems for an invalid scenario or seed instead of throwing, and keeps the run it had', () => {
    const api = createEngineApi()
    api.create(raw)
    api.step(3)
    expect(api.create(changed((s) => Object.assign(s.model, { legitimacy: 1.4 })))).toEqual({
      ok: false,
      problems: [{ path: 'model.legitimacy', message: 'must be between 0 and 1, got 1.4' }],
    })
    expect(api.create(raw, -1)).toEqual({
      ok: false,
      problems: [{ path: 'seed', message: 'must be a whole number of at least 0, got -1' }],
    })
    expect(api.create(raw, 0, { preset: 'riot' })).toMatchObject({
      ok: false,
      problems: [{ path: 'presets' }],
    })
    expect(api.step(0)).toBe(3)
  })

  it('applies a preset and overrides on create', () => {
    const api = createEngineApi()
    const created = api.create(raw, undefined, { preset: 'calm', overrides: ['model.threshold=0.3'] })
    expect(created.ok && created.scenario.kind === 'civil-violence' && created.scenario.model).toMatchObject({
      legitimacy: 0.95,
      threshold: 0.3,
    })
  })

  it('steps, and reads observables from a tick, the latest row, a frame and a hash', () => {
    const api = createEngineApi()
    api.create(raw)
    expect(api.step(5)).toBe(5)
    expect(api.step()).toBe(6)
    const reference = createSimulation(parseScenario(raw))
    reference.step(6)
    const all = api.observables()
    const tail = api.observables(4)
    for (const name of reference.observableNames) {
      expect(all[name]).toEqual(reference.observables()[name])
      expect([...tail[name]]).toEqual([...all[name].slice(4)])
    }
    expect(api.latest()).toEqual(reference.latest())
    expect(api.hash()).toBe(reference.hash())
    const frame = api.frame()
    expect(frame).toMatchObject({ width: 30, height: 30, tick: 6 })
    expect(frame.cell).toHaveLength(frame.count)
  })

  it('refuses to step without a run, or by a number of ticks that is not whole', () => {
    const api = createEngineApi()
    expect(() => api.step(1)).toThrow('no simulation in this worker yet: call create() or restore() first')
    api.create(raw)
    expect(() => api.step(1.5)).toThrow('ticks must be a whole number ≥ 0, got 1.5')
    expect(() => api.step(-1)).toThrow(RangeError)
  })

  it('reconfigures from the next tick, refusing another world size or kind', () => {
    const api = createEngineApi()
    api.create(raw)
    api.step(2)
    expect(api.reconfigure(changed((s) => Object.assign(s.world, { width: 31 })))).toEqual({
      ok: false,
      problems: [{ path: 'world.width', message: 'must stay 30 to continue this run, got 31' }],
    })
    const otherKind = changed((s) => {
      s.kind = 'inter-group'
    })
    expect(api.reconfigure(otherKind)).toEqual({
      ok: false,
      problems: [
        { path: 'kind', message: 'must stay "civil-violence" to continue this run, got "inter-group"' },
      ],
    })
    expect(api.reconfigure(raw, { overrides: ['model.legitimacy=0.4'] })).toMatchObject({ ok: true, tick: 2 })
    api.step(2)
    expect([...api.observables().legitimacy]).toEqual([0.82, 0.82, 0.82, 0.4, 0.4])
  })

  it('restores a snapshot, as it was or with a changed scenario of the same size', () => {
    const api = createEngineApi()
    api.create(raw)
    api.step(4)
    const snapshot = api.snapshot()
    api.step(4)
    const hash = api.hash()
    const other = createEngineApi()
    expect(other.restore(snapshot)).toMatchObject({ ok: true, tick: 4, seed: 9 })
    other.step(4)
    expect(other.hash()).toBe(hash)
    expect(
      other.restore(
        snapshot,
        changed((s) => Object.assign(s.world, { height: 20 })),
      ),
    ).toMatchObject({
      ok: false,
      problems: [{ path: 'world.height' }],
    })
    expect(other.restore(snapshot, raw, { overrides: ['model.legitimacy=0.5'] })).toMatchObject({
      ok: true,
      tick: 4,
    })
    expect(other.step(1)).toBe(5)
    expect(other.latest().legitimacy).toBe(0.5)
  })

  it('validates without touching the run', () => {
    const api = createEngineApi()
    expect(api.validate(raw)).toEqual({ ok: true, scenario: parseScenario(raw) })
    expect(api.validate({ kind: 'civil-violence' })).toMatchObject({ ok: false })
    expect(api.validate(raw, { overrides: ['world.width=2'] })).toMatchObject({
      ok: false,
      problems: [{ path: 'world.width' }],
    })
    expect(() => api.hash()).toThrow('no simulation')
  })
})
