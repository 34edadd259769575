// Calibration run of fact 9's design (a local handover's shock) on seeds the validation test never
// uses (1000-1011; the test uses 1-12): at year 5 one district is handed over while the others keep
// their peacekeepers, against all kept, on the baseline at test size. Prints, per district handed
// over, the excess violence per tick in it over the first quarter and over the rest of the year,
// and in the districts not bordering it over the first quarter (docs/VALIDATION.md).
// Usage: npx tsx scripts/calibrate-shock.ts [replicates] ['{"dotted.path": value, ...}']
import { runShockArms, shockOf, TESTED } from '../test/validation/withdrawal-shock.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i)
const replicates = Number(process.argv[2] ?? SEEDS.length)
const extra = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>
const pairs = runShockArms(SEEDS.slice(0, replicates), extra)
for (const district of TESTED) {
  const { firstQuarter: first, restOfYear: rest, farFirstQuarter: farFirst } = shockOf(pairs, district)
  console.log(
    `${district}: first quarter ${first.toFixed(3)}, rest of the year ${rest.toFixed(3)}, far districts ${farFirst.toFixed(3)}; ` +
      `short-lived ${first > 1.5 * rest ? 'yes' : 'no'}, local ${first > 3 * Math.abs(farFirst) ? 'yes' : 'no'}`,
  )
}
