// The events a real run records are the ones the app explains: every cause in the engine's types,
// every sentence with its numbers. The regression: the event log once read fields the engine never
// sent ("relapse: the rolling violence rate reached ?", deaths never shown).
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { explainEvent } from '../../src/ui/events/explain.ts'
import { libraryScenario } from '../validation/library.ts'

describe('event causes', () => {
  it('explains every event of a real Timor-Leste run with numbers, never a "?"', () => {
    const scenario = libraryScenario('timor-leste')
    const sim = createSimulation(scenario, 1)
    sim.step(scenario.ticks)
    const events = sim.events()
    const kinds = new Set(events.map((e) => e.kind))
    // The abrupt exit's trajectory: the mission leaves, violence returns, people die in attacks.
    expect([...kinds]).toEqual(expect.arrayContaining(['exit', 'relapse', 'spoiler-attack', 'handover']))
    for (const e of events) {
      const sentence = explainEvent(e)
      expect(sentence, JSON.stringify(e)).not.toMatch(/\?|undefined|NaN/)
      expect(sentence).not.toContain(`${e.kind.replaceAll('-', ' ')} (`)
    }
    const attack = events.find((e) => e.kind === 'spoiler-attack' && e.cause.civiliansKilled > 0)
    if (attack) expect(explainEvent(attack)).toMatch(/civilians? killed/)
  })
})
