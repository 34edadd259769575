// Fact 9 on a variation of ssr-withdrawal-shock.test.ts's configuration that no calibration used
// (issue 9): the same design (one district handed over while the others keep their peacekeepers,
// against all kept; withdrawal-shock.ts) with the handover a year later, at year 6, when forces and
// spoilers stand elsewhere. (The design's map of neighbours is the 3 × 2 layout's, so this
// variation moves the year, not the layout.) Validation seeds 1-12, as the variation was first run.
// Expected before the run, the main test's claims: in North, Hills and Border the excess violence
// in the first quarter after the handover is positive, above 3 times that of the districts not
// bordering it and above 1.5 times the district's own excess over the rest of the year.
import { beforeAll, describe, it } from 'vitest'
import { checkShock } from './shock-check.ts'
import { YEAR } from './ssr.ts'
import { runShockArms, type ShockPairs } from './withdrawal-shock.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const HANDOVER = 6 * YEAR
const RUNS_TIMEOUT = 900_000

let pairs: ShockPairs = {}
beforeAll(() => {
  pairs = runShockArms(SEEDS, {}, HANDOVER)
}, RUNS_TIMEOUT)

describe('fact 9 with the handover at year 6', () => {
  const check = (district: string) =>
    checkShock(pairs, district, 'variation, fact 9 (handover at year 6)', HANDOVER)
  it.each(['Hills', 'Border'])('is local and short-lived when %s is handed over', check)
  // Known failure, reported in docs/VALIDATION.md: on these seeds North's shock is local (0.135 in the
  // first quarter against 0.006 in districts not bordering it) but does not fade within the year
  // (0.143 in the rest of it). On 48 seeds, run afterwards as a diagnosis, it holds narrowly; the
  // seeds were not moved to make it pass. `it.fails` turns red the day these assertions hold here.
  it.fails('is local and short-lived when North is handed over', () => check('North'))
})
