// Stylized fact 9 (Smidt et al. 2021; Peitz & Reisch 2019): withdrawal shocks are local and
// short-lived. At year 5 one district is handed over (its peacekeepers leave; the others keep
// theirs); the control arm keeps every peacekeeper, over the same seeds. We compare violence per
// district between the arms. The shock is local when the handed-over district's excess violence
// in the first quarter is larger than in the districts that do not border it; short-lived when
// that first-quarter excess is well above the excess in the rest of the first year. Expected before
// the run: the shock is local and short-lived in all three districts. Validation seeds 1-48: until
// 3 December 2026 the test ran 12, whose 95% intervals of the first-quarter excess all reached below
// zero (docs/VALIDATION.md); the seeds were raised with the assertions unchanged, before a run on 48.
// Not reproduced: displacement to neighbouring districts (see docs/ODD.md, Known limitations).
import { beforeAll, describe, it } from 'vitest'
import { checkShock } from './shock-check.ts'
import { runShockArms, type ShockPairs, TESTED } from './withdrawal-shock.ts'

const SEEDS = Array.from({ length: 48 }, (_, i) => i + 1)
const RUNS_TIMEOUT = 900_000

let pairs: ShockPairs = {}
beforeAll(() => {
  pairs = runShockArms(SEEDS)
}, RUNS_TIMEOUT)

describe('fact 9: withdrawal shocks', () => {
  it.each(TESTED)('are local and short-lived when %s is handed over', (district) =>
    checkShock(pairs, district, 'fact 9'),
  )
})
