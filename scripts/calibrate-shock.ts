// Calibration run of fact 9's design (a local handover's shock) on seeds the validation test never
// uses (1000 and up, 48 by default; the test uses 1-12): at year 5 one district is handed over while
// the others keep their peacekeepers, against all kept, on the baseline at test size. Prints, per
// district handed over, the excess violence per tick in it over the first quarter and over the rest
// of the year, and in the districts not bordering it over the first quarter, each with its standard
// error over the seeds (docs/VALIDATION.md).
// Usage: npx tsx scripts/calibrate-shock.ts [replicates] ['{"dotted.path": value, ...}']
import {
  runShockArms,
  type Shock,
  shockBySeed,
  shockOf,
  TESTED,
} from '../test/validation/withdrawal-shock.ts'

const replicates = Number(process.argv[2] ?? 48)
const SEEDS = Array.from({ length: replicates }, (_, i) => 1000 + i)
const extra = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>
const pairs = runShockArms(SEEDS, extra)

/** "mean ± standard error" of one measure of the shock over the seeds, one seed at a time. */
function withError(district: string, measure: keyof Shock): string {
  const perSeed = shockBySeed(pairs, district, measure)
  const mean = perSeed.reduce((sum, v) => sum + v, 0) / perSeed.length
  const variance = perSeed.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (perSeed.length - 1)
  return `${mean.toFixed(3)} ± ${Math.sqrt(variance / perSeed.length).toFixed(3)}`
}

for (const district of TESTED) {
  const { firstQuarter: first, restOfYear: rest, farFirstQuarter: farFirst } = shockOf(pairs, district)
  console.log(
    `${district}: first quarter ${withError(district, 'firstQuarter')}, rest of the year ${withError(district, 'restOfYear')}, ` +
      `far districts ${withError(district, 'farFirstQuarter')}; ` +
      `short-lived ${first > 1.5 * rest ? 'yes' : 'no'}, local ${first > 3 * Math.abs(farFirst) ? 'yes' : 'no'}`,
  )
}
