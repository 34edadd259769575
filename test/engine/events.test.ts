// Events explain a run: an outburst in Model I and an extinction in Model II are recorded with
// their tick and cause; the inspector shows the agent on a cell.
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { libraryScenario } from '../validation/library.ts'

describe('events and inspection', () => {
  it('records each outburst of Model I once, at the tick the actives first pass 50', () => {
    const sim = createSimulation(libraryScenario('epstein-civil-violence', 'run-2', { ticks: 300 }), 1)
    sim.step(300)
    const events = sim.events()
    const active = sim.observables().active
    expect(events.length).toBeGreaterThan(2)
    for (const event of events) {
      if (event.kind !== 'outburst') throw new Error(`unexpected ${event.kind} event`)
      expect(active[event.tick]).toBeGreaterThan(50)
      expect(active[event.tick - 1]).toBeLessThanOrEqual(50)
      expect(event.cause.actives).toBe(active[event.tick])
    }
    expect(sim.events(events[1].tick)[0]).toEqual(events[1])
  })

  it('records the extinction of a group in Model II', () => {
    const sim = createSimulation(libraryScenario('epstein-peacekeeping', 'run-7'), 1)
    let extinct = ''
    for (let t = 0; t < 1000 && !extinct; t++) {
      sim.step()
      const now = sim.latest()
      if (now['blue.population'] === 0) extinct = 'blue'
      if (now['green.population'] === 0) extinct = 'green'
    }
    expect(extinct).not.toBe('')
    expect(sim.events()).toEqual([
      {
        tick: sim.tick,
        kind: 'extinction',
        district: null,
        cause: expect.objectContaining({ group: extinct }),
      },
    ])
  })

  it('shows the fields of the agent on a cell, and nothing on an empty cell', () => {
    const sim = createSimulation(libraryScenario('epstein-peacekeeping'), 2)
    const frame = sim.frame()
    const agent = sim.inspect(frame.cell[0])
    expect(agent).toMatchObject({ cell: frame.cell[0], kind: expect.any(String), status: expect.any(String) })
    if (agent?.kind === 'citizen') expect(agent.fields.group).toMatch(/blue|green/)
    const occupied = new Set(frame.cell)
    const empty = Array.from({ length: 1600 }, (_, c) => c).find((c) => !occupied.has(c))
    expect(sim.inspect(empty ?? -1)).toBeNull()
  })
})
