// Stylized fact 2 (Epstein 2002, run 2): with NetLogo's floored cop-to-active ratio the society
// shows punctuated equilibrium, repeated outbursts (> 50 actives) with quiet spells between them;
// with the literal ratio there are none: the floor is what makes them.
import { describe, expect, it } from 'vitest'
import { libraryScenario, mean, outbursts, run, seeds } from './library.ts'

describe('fact 2: punctuated equilibrium', () => {
  it('comes from the floored ratio', () => {
    const floored = libraryScenario('epstein-civil-violence', 'run-2')
    const literal = libraryScenario('epstein-civil-violence', 'run-2', { 'rules.arrestRatio': 'literal' })
    const withFloor = seeds(5).map((seed) => outbursts(run(floored, seed).observables().active))
    const withoutFloor = seeds(5).map((seed) => outbursts(run(literal, seed).observables().active))
    console.log(
      `fact 2: outbursts in 500 ticks, floored ratio ${withFloor.join(', ')} (mean ${mean(withFloor)}), ` +
        `literal ratio ${withoutFloor.join(', ')}`,
    )
    for (const count of withFloor) expect(count).toBeGreaterThanOrEqual(3)
    for (const count of withoutFloor) expect(count).toBe(0)
  })
})
