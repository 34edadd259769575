// Stylized fact 3 (Epstein 2002, run 5): withdrawing cops gradually tips the society into
// rebellion. Control arm: the same seeds with the cops kept at their initial density.
import { describe, expect, it } from 'vitest'
import { libraryScenario, outbursts, runBranching, seeds } from './library.ts'

const DRAWDOWN_START = 50

describe('fact 3: gradual cop reduction', () => {
  it('ends in rebellion, which does not come while the cops stay', () => {
    const reduced = libraryScenario('epstein-civil-violence', 'run-5')
    const kept = libraryScenario('epstein-civil-violence', 'run-5', { 'model.copDensity': 0.074 })
    const tipped: number[] = []
    const calm: number[] = []
    for (const seed of seeds(5)) {
      // Both arms keep the cops at 0.074 until the drawdown starts: that stretch is run once.
      const [withDrawdownRun, withoutRun] = runBranching([reduced, kept], seed, DRAWDOWN_START)
      const withDrawdown = withDrawdownRun.observables()
      const without = withoutRun.observables()
      tipped.push(outbursts(withDrawdown.active.slice(DRAWDOWN_START)))
      calm.push(outbursts(without.active.slice(DRAWDOWN_START)))
      const onset = withDrawdown.active.findIndex((active, tick) => tick > DRAWDOWN_START && active > 50)
      if (onset > 0)
        console.log(`fact 3: seed ${seed} rebels at tick ${onset} with ${withDrawdown.cops[onset]} cops left`)
    }
    console.log(
      `fact 3: outbursts after tick ${DRAWDOWN_START}: reduced ${tipped.join(', ')}; kept ${calm.join(', ')}`,
    )
    expect(tipped.filter((n) => n > 0).length).toBeGreaterThanOrEqual(4)
    expect(calm.every((n) => n === 0)).toBe(true)
  })
})
