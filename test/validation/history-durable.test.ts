// Stylized fact 8, as the historical cases show it: a phased exit that hands over security first
// holds. The library's Sierra Leone (UNAMSIL, handover 2004, exit December 2005) and Liberia
// (UNMIL, phased cuts from 2012, handover June 2016, exit March 2018) end mostly durable, judged over
// the whole five-year window after exit. Expected before the run: more than half durable.
import { describe, expect, it } from 'vitest'
import { describeOutcomes, historySeeds, outcomes } from './history.ts'

const SEEDS = historySeeds(8)

function mostlyDurable(name: string) {
  const list = outcomes(name, SEEDS)
  console.log(`history: ${name}: ${describeOutcomes(list)}`)
  for (const outcome of list) expect(outcome.complete).toBe(true)
  expect(list.filter((o) => o.outcome === 'durable').length).toBeGreaterThanOrEqual(SEEDS.length / 2 + 1)
}

describe('historical cases that held', () => {
  it('liberia is mostly durable after exit', () => mostlyDurable('liberia'))
  // Known failure since the self-reliance and defection mechanisms (docs/VALIDATION.md): on the
  // held-out seeds Sierra Leone relapses in 8 of 8 runs, 69 to 125 ticks after exit, with returning
  // fighters (spoilers.returnBoost; 6 of 8 without them, 136 to 257 ticks after exit). The
  // assertion is the one stated before the run; `it.fails` turns red the day it holds. The
  // scenario's description tells students so; change it too when this holds.
  it.fails('sierra-leone is mostly durable after exit', () => mostlyDurable('sierra-leone'))
})
