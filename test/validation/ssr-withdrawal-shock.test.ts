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
import { beforeAll, describe, expect, it } from 'vitest'
import { formatInterval, pairedBootstrap } from './stats.ts'
import { runShockArms, type ShockPairs, shockOf, TESTED } from './withdrawal-shock.ts'

const SEEDS = Array.from({ length: 48 }, (_, i) => i + 1)
const RUNS_TIMEOUT = 900_000

let pairs: ShockPairs = {}
beforeAll(() => {
  pairs = runShockArms(SEEDS)
}, RUNS_TIMEOUT)

function checkShock(district: string) {
  const { firstQuarter, restOfYear, farFirstQuarter } = shockOf(pairs, district)
  console.log(
    `fact 9: handover of ${district}: excess violence events per tick in ${district} ${firstQuarter.toFixed(3)} ` +
      `in the first quarter, ${restOfYear.toFixed(3)} in the rest of the year; in districts not bordering it ` +
      `${farFirstQuarter.toFixed(3)} in the first quarter`,
  )
  // Intervals over the seeds, one seed's shock at a time (a bootstrap of the mean against zero).
  const interval = (measure: 'firstQuarter' | 'restOfYear' | 'farFirstQuarter') => {
    const perSeed = pairs[district].map((pair) => shockOf({ [district]: [pair] }, district)[measure])
    return formatInterval(
      pairedBootstrap(
        perSeed,
        perSeed.map(() => 0),
        `fact 9 ${district} ${measure}`,
      ),
      3,
    )
  }
  console.log(
    `fact 9: ${district}: first quarter ${interval('firstQuarter')}, rest of the year ${interval('restOfYear')}, ` +
      `districts not bordering it ${interval('farFirstQuarter')} (95% bootstrap over seeds)`,
  )
  expect(firstQuarter).toBeGreaterThan(0)
  expect(firstQuarter).toBeGreaterThan(3 * Math.abs(farFirstQuarter))
  expect(firstQuarter).toBeGreaterThan(1.5 * restOfYear)
}

describe('fact 9: withdrawal shocks', () => {
  it.each(TESTED)('are local and short-lived when %s is handed over', checkShock)
})
