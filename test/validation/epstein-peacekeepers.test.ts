// Stylized fact 4 (Epstein 2002, Model II), first half: without peacekeepers one group is wiped
// out and which one is a matter of chance; more peacekeepers raise both the mean and the spread of
// the time until that happens. Sixteen seeds per arm, the same seeds in every arm; runs that reach
// the horizon count as the horizon (which understates the effect).
import { describe, expect, it } from 'vitest'
import { extinction } from './epstein-extinction.ts'
import { libraryScenario, mean, seeds, standardDeviation } from './library.ts'

const HORIZON = 1500

describe('fact 4: peacekeepers delay inter-group killing', () => {
  const arms = [0, 0.04, 0.08].map((density) => {
    const scenario = libraryScenario('epstein-peacekeeping', 'run-8', { 'model.peacekeeperDensity': density })
    const results = seeds(16).map((seed) => extinction(scenario, seed, HORIZON))
    const times = results.map((r) => r.tick)
    return { density, results, mean: mean(times), spread: standardDeviation(times) }
  })
  console.log(
    `fact 4: ticks to extinction by peacekeeper density: ${arms
      .map((a) => `${a.density}: mean ${a.mean.toFixed(0)}, sd ${a.spread.toFixed(0)}`)
      .join('; ')}`,
  )

  it('wipes out one group without peacekeepers, blue or green by chance', () => {
    const [none] = arms
    expect(none.results.every((r) => r.group !== null)).toBe(true)
    expect(none.results.some((r) => r.group === 'blue')).toBe(true)
    expect(none.results.some((r) => r.group === 'green')).toBe(true)
  })

  it('lengthens the time to extinction, and its spread, as peacekeepers are added', () => {
    const [none, some, more] = arms
    expect(some.mean).toBeGreaterThan(1.5 * none.mean)
    expect(more.mean).toBeGreaterThan(some.mean)
    expect(some.spread).toBeGreaterThan(none.spread)
    expect(more.spread).toBeGreaterThan(none.spread)
  })
})
