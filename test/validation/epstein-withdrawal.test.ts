// Stylized fact 4 (Epstein 2002, Model II), second half: withdrawing the peacekeepers brings the
// killing back. Both arms keep peacekeepers at 0.06 for 300 ticks with the same seeds, so they are
// identical until the withdrawal; one arm then withdraws them all.
import { describe, expect, it } from 'vitest'
import { extinction } from './epstein-extinction.ts'
import { libraryScenario, seeds } from './library.ts'

const WITHDRAWAL = 301
const AFTER = 500

describe('fact 4: withdrawing peacekeepers', () => {
  it('is followed by the extinction of a group far more often than staying', () => {
    const withdrawn = libraryScenario('epstein-peacekeeping', 'withdrawal')
    const stayed = libraryScenario('epstein-peacekeeping', 'run-8', { 'model.peacekeeperDensity': 0.06 })
    let survivedToWithdrawal = 0
    let extinctAfterWithdrawal = 0
    let extinctWhileStaying = 0
    for (const seed of seeds(16)) {
      const a = extinction(withdrawn, seed, WITHDRAWAL + AFTER)
      const b = extinction(stayed, seed, WITHDRAWAL + AFTER)
      if (a.tick < WITHDRAWAL) {
        expect(b.tick).toBe(a.tick) // identical runs until the withdrawal
        continue
      }
      survivedToWithdrawal++
      if (a.group) extinctAfterWithdrawal++
      if (b.group) extinctWhileStaying++
    }
    console.log(
      `fact 4: of ${survivedToWithdrawal} runs with both groups alive at tick ${WITHDRAWAL}, a group died out within ` +
        `${AFTER} ticks in ${extinctAfterWithdrawal} after withdrawal and ${extinctWhileStaying} with peacekeepers staying`,
    )
    expect(survivedToWithdrawal).toBeGreaterThanOrEqual(8)
    expect(extinctAfterWithdrawal / survivedToWithdrawal).toBeGreaterThanOrEqual(0.8)
    expect(extinctAfterWithdrawal).toBeGreaterThan(extinctWhileStaying + 3)
  })
})
