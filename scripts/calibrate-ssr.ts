// Calibration of the SSR drawdown mechanisms (self-reliant capacity, partnered mentoring, withdrawal
// boldness, returning fighters, defection) on seeds and countries the validation tests never use:
// calibration seeds 1000-1039, draws from the stream "calibration", and the arms below (abrupt exits
// at years 2 and 3, the baseline's own drawdown over years 5 to 10, a conditions-based exit at owned
// capacity 0.4). The validation tests use seeds 1-20 (historical cases 201-208), the stream
// "validation" and other arms (docs/VALIDATION.md).
// Usage: npx tsx scripts/calibrate-ssr.ts [replicates] ['{"dotted.path": value, ...}'] [--runs]
// (--runs also prints each country's draw and every arm's outcome, time to relapse and owned capacity).
import {
  abruptExit,
  armScenario,
  conditionsExit,
  drawCountry,
  judge,
  scheduledExit,
} from '../test/validation/drawdown-arms.ts'

export const CALIBRATION_SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i)
export const CALIBRATION_ARMS = {
  'abrupt year 2': abruptExit(2),
  'abrupt year 3': abruptExit(3),
  'schedule years 5-10': scheduledExit(5, 10),
  'conditions 0.4': conditionsExit(0.4, 8, 12),
}

const args = process.argv.slice(2).filter((a) => a !== '--runs')
const perRun = process.argv.includes('--runs')
const replicates = Number(args[0] ?? CALIBRATION_SEEDS.length)
const extra = JSON.parse(args[1] ?? '{}') as Record<string, unknown>
for (const [name, arm] of Object.entries(CALIBRATION_ARMS)) {
  const draws = CALIBRATION_SEEDS.slice(0, replicates).map((_, i) => drawCountry('calibration', i))
  const results = draws.map((draw, i) => judge(armScenario(draw, { ...arm, ...extra }, 12), 1000 + i))
  const relapses = results.filter((o) => o.outcome === 'relapse')
  const early = relapses.filter((o) => (o.timeToRelapse ?? Infinity) <= 104)
  const owned = results
    .map((o) => o.ownedCapacityAtExit?.police ?? Number.NaN)
    .filter((v) => !Number.isNaN(v))
  const count = (outcome: string) => results.filter((o) => o.outcome === outcome).length
  console.log(
    `${name}: relapse ${relapses.length}/${results.length} (${early.length} within two years), ` +
      `durable ${count('durable')}, fragile ${count('fragile')}, never stabilised ${count('never-stabilised')}, ` +
      `not exited ${count('not-exited')}; ` +
      `owned police capacity at exit ${(owned.reduce((a, b) => a + b, 0) / owned.length).toFixed(3)}`,
  )
  if (!perRun) continue
  results.forEach((o, i) => {
    const draw = Object.values(draws[i]).join(' ')
    const own = o.ownedCapacityAtExit?.police.toFixed(2) ?? '-'
    console.log(
      `  seed ${1000 + i} (${draw}): ${o.outcome} ${o.timeToRelapse ?? ''} exit ${o.exitTick} owned ${own}`,
    )
  })
}
