// The engine API calls the web app's live view makes: advance (one message per batch), events,
// inspect, outcome, and frames whose optional per-cell arrays are copies the engine keeps using.
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { parseScenario } from '../../src/scenario/validate.ts'
import { createEngineApi } from '../../workers/engine-api.ts'

const raw = {
  kind: 'civil-violence',
  name: 'live test',
  seed: 3,
  ticks: 50,
  world: { width: 30, height: 30 },
  model: { legitimacy: 0.7 },
}

describe('engine API for the live view', () => {
  it('advances in batches whose rows, events and frame match a run stepped in one go', () => {
    const api = createEngineApi()
    api.create(raw)
    const first = api.advance(7, { frame: true })
    const second = api.advance(5)
    const reference = createSimulation(parseScenario(raw))
    reference.step(12)
    expect(first).toMatchObject({ tick: 7, from: 1, error: null, outcome: null })
    expect(second).toMatchObject({ tick: 12, from: 8, frame: null })
    for (const name of reference.observableNames) {
      expect([...first.columns[name], ...second.columns[name]]).toEqual([...reference.observables(1)[name]])
    }
    expect([...first.events, ...second.events]).toEqual(reference.events(1))
    expect(first.frame?.tick).toBe(7)
    expect(api.events()).toEqual(reference.events())
    expect(api.outcome()).toBeNull()
  })

  it('stops a batch at the last good tick when a schedule leaves its range, and says where', () => {
    const api = createEngineApi()
    api.create({ ...raw, model: { legitimacy: '0.9 - 0.1 * t' } })
    const result = api.advance(20)
    expect(result.tick).toBe(9)
    expect(result.columns.legitimacy).toHaveLength(9)
    expect(result.error).toMatchObject({ path: 'model.legitimacy' })
    expect(result.error?.message).toContain('at tick 10')
  })

  it('inspects the agent on a cell, and nothing on an empty or unknown cell', () => {
    const api = createEngineApi()
    api.create(raw)
    const frame = api.frame()
    const cell = frame.cell[0]
    const occupied = new Set(frame.cell)
    const empty = [...Array(900).keys()].find((c) => !occupied.has(c))!
    expect(api.inspect(cell)).toMatchObject({ cell, x: cell % 30, y: Math.floor(cell / 30) })
    expect(api.inspect(empty)).toBeNull()
    expect(api.inspect(-1)).toBeNull()
  })
})
