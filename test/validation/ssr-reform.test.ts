// Stylized fact 12, second half: capacity built without local ownership decays after exit. Arms
// differ only in ownership; same seeds. (The first half, political will, is in ssr-mission.test.ts.)
import { describe, expect, it } from 'vitest'
import { capacityKept } from './conduct-arms.ts'
import { mean, ssrScenario, YEAR } from './ssr.ts'
import { formatInterval, pairedBootstrap } from './stats.ts'

const SEEDS = Array.from({ length: 8 }, (_, i) => i + 1)

describe('fact 12: political will and ownership', () => {
  it('loses more of its capacity after exit when built without ownership', () => {
    const exit = 5 * YEAR
    const retained = (ownership: number) =>
      capacityKept((o) => ssrScenario('baseline', o), SEEDS, exit, ownership)
    const lowBySeed = retained(0.1)
    const highBySeed = retained(0.8)
    const low = mean(lowBySeed)
    const high = mean(highBySeed)
    console.log(
      `fact 12: share kept, ownership 0.8 − 0.1 ` +
        `${formatInterval(pairedBootstrap(highBySeed, lowBySeed, 'fact 12 ownership'), 3)} (95% paired bootstrap)`,
    )
    console.log(
      `fact 12: share of police capacity kept three years after exit ${low.toFixed(3)} at ownership 0.1, ${high.toFixed(3)} at 0.8`,
    )
    expect(low).toBeLessThan(high)
    expect(high - low).toBeGreaterThan(0.1)
  })
})
