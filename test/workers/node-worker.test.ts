// The engine in a Node worker over comlink gives exactly what it gives in-process: the same
// observables, frames and hashes, and snapshots that move between the two and continue exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type NodeEngineHandle, spawnEngine } from '../../src/bridge/node.ts'
import { createSimulation, restoreSimulation } from '../../src/engine/simulation.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

const raw = {
  kind: 'civil-violence',
  name: 'Worker test',
  seed: 3,
  ticks: 60,
  world: { width: 40, height: 40 },
  model: {
    legitimacy: [
      [0, 0.9],
      [30, 0.6],
    ],
    copDensity: 0.05,
  },
}

const inProcess = (ticks: number, seed = 3) => {
  const simulation = createSimulation(parseScenario(raw), seed)
  simulation.step(ticks)
  return simulation
}

describe('engine in a Node worker', () => {
  let engine: NodeEngineHandle
  beforeAll(async () => {
    engine = await spawnEngine()
  })
  afterAll(async () => {
    await engine?.close()
  })

  it('matches an in-process run: observables, latest row, frame and hash', async () => {
    const created = await engine.api.create(raw, 11)
    expect(created.ok).toBe(true)
    expect(await engine.api.step(40)).toBe(40)
    const reference = inProcess(40, 11)
    const observed = await engine.api.observables()
    expect(Object.keys(observed)).toEqual(reference.observableNames)
    for (const name of reference.observableNames) {
      expect(observed[name]).toBeInstanceOf(Float64Array)
      expect(observed[name]).toEqual(reference.observables()[name])
    }
    expect(await engine.api.latest()).toEqual(reference.latest())
    expect(await engine.api.frame()).toEqual(reference.frame())
    expect(await engine.api.hash()).toBe(reference.hash())
  })

  it('continues exactly in-process from a snapshot taken in the worker', async () => {
    await engine.api.create(raw)
    await engine.api.step(25)
    const snapshot = await engine.api.snapshot()
    const resumed = restoreSimulation(snapshot)
    resumed.step(35)
    const unbroken = inProcess(60)
    expect(resumed.hash()).toBe(unbroken.hash())
    expect(resumed.observables()).toEqual(unbroken.observables())
  })

  it('continues exactly in the worker from a snapshot taken in-process', async () => {
    const snapshot = inProcess(25).snapshot()
    expect(await engine.api.restore(snapshot)).toMatchObject({ ok: true, tick: 25 })
    expect(await engine.api.step(35)).toBe(60)
    expect(await engine.api.hash()).toBe(inProcess(60).hash())
  })

  it('returns problems for invalid scenarios rather than rejecting', async () => {
    expect(await engine.api.create({ ...raw, world: { width: 40, height: 2 } })).toEqual({
      ok: false,
      problems: [{ path: 'world.height', message: 'must be between 3 and 2000, got 2' }],
    })
    expect(await engine.api.validate({ ...raw, model: { legitimacy: '0.9 - tt' } })).toMatchObject({
      ok: false,
      problems: [{ path: 'model.legitimacy', message: expect.stringContaining('position 6') }],
    })
  })

  it("rejects with the engine's own error when a run fails, and the worker stays usable", async () => {
    await engine.api.create(raw, undefined, { overrides: ['model.legitimacy=t/10'] })
    const failure = await engine.api.step(20).catch((error: Error) => error)
    expect(failure).toBeInstanceOf(Error)
    expect(failure).toMatchObject({
      name: 'ParameterError',
      message: 'model.legitimacy: must be between 0 and 1, got 1.1 at tick 11',
    })
    await engine.api.create(raw)
    expect(await engine.api.step(2)).toBe(2)
    expect(engine.failure).toBeUndefined()
  })
})
