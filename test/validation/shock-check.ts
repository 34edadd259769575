// Fact 9's criteria, shared by its test and its year-6 variation: the handed-over district's
// excess violence in the first quarter is positive, above 3 times that of the districts not
// bordering it (local) and above 1.5 times its own excess over the rest of the year (short-lived).
// Prints the means and their 95% bootstrap intervals over the seeds.
import { expect } from 'vitest'
import { formatInterval, pairedBootstrap } from './stats.ts'
import { type Shock, type ShockPairs, shockBySeed, shockOf } from './withdrawal-shock.ts'

/** The shock of handing over `district` at tick `handover`, and whether it meets the criteria (those
 * checkShock asserts one by one, so that a failing test names the criterion; keep the two alike). */
export function checkedShock(
  pairs: ShockPairs,
  district: string,
  handover?: number,
): Shock & { holds: boolean } {
  const shock = shockOf(pairs, district, handover)
  const { firstQuarter, restOfYear, farFirstQuarter } = shock
  const holds =
    firstQuarter > 0 && firstQuarter > 3 * Math.abs(farFirstQuarter) && firstQuarter > 1.5 * restOfYear
  return { ...shock, holds }
}

/** Checks the shock of handing over `district` at tick `handover`; `label` starts the printed lines. */
export function checkShock(pairs: ShockPairs, district: string, label: string, handover?: number): void {
  const { firstQuarter, restOfYear, farFirstQuarter } = shockOf(pairs, district, handover)
  console.log(
    `${label}: handover of ${district}: excess violence events per tick in ${district} ${firstQuarter.toFixed(3)} ` +
      `in the first quarter, ${restOfYear.toFixed(3)} in the rest of the year; in districts not bordering it ` +
      `${farFirstQuarter.toFixed(3)} in the first quarter`,
  )
  // A bootstrap of each seed's own excess against zero.
  const interval = (measure: keyof Shock) => {
    const perSeed = shockBySeed(pairs, district, measure, handover)
    const zero = perSeed.map(() => 0)
    return formatInterval(pairedBootstrap(perSeed, zero, `fact 9 ${district} ${measure}`), 3)
  }
  console.log(
    `${label}: ${district}: first quarter ${interval('firstQuarter')}, rest of the year ${interval('restOfYear')}, ` +
      `districts not bordering it ${interval('farFirstQuarter')} (95% bootstrap over seeds)`,
  )
  expect(firstQuarter).toBeGreaterThan(0)
  expect(firstQuarter).toBeGreaterThan(3 * Math.abs(farFirstQuarter))
  expect(firstQuarter).toBeGreaterThan(1.5 * restOfYear)
}
