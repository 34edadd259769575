// Calibration of the SSR drawdown mechanisms (self-reliant capacity, partnered mentoring, withdrawal
// boldness, defection) on seeds and countries the validation tests never use: calibration seeds
// 1000-1011, draws from the stream "calibration", and the arms below (abrupt exits at years 2 and 3,
// the baseline's own drawdown over years 5 to 10, a conditions-based exit at owned capacity 0.4).
// The validation tests use seeds 1-20 (historical cases 201-208), the stream "validation" and other arms (docs/VALIDATION.md).
// Usage: npx tsx scripts/calibrate-ssr.ts [replicates] ['{"dotted.path": value, ...}']
import {
  abruptExit,
  armScenario,
  conditionsExit,
  drawCountry,
  judge,
  scheduledExit,
} from '../test/validation/drawdown-arms.ts'

export const CALIBRATION_SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i)
export const CALIBRATION_ARMS = {
  'abrupt year 2': abruptExit(2),
  'abrupt year 3': abruptExit(3),
  'schedule years 5-10': scheduledExit(5, 10),
  'conditions 0.4': conditionsExit(0.4, 8, 12),
}

const replicates = Number(process.argv[2] ?? CALIBRATION_SEEDS.length)
const extra = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>
for (const [name, arm] of Object.entries(CALIBRATION_ARMS)) {
  const results = CALIBRATION_SEEDS.slice(0, replicates).map((seed, i) => {
    const scenario = armScenario(drawCountry('calibration', i), { ...arm, ...extra }, 12)
    return judge(scenario, seed)
  })
  const relapses = results.filter((o) => o.outcome === 'relapse')
  const early = relapses.filter((o) => (o.timeToRelapse ?? Infinity) <= 104)
  const owned = results.map((o) => o.ownedCapacityAtExit?.police ?? Number.NaN)
  console.log(
    `${name}: relapse ${relapses.length}/${results.length} (${early.length} within two years), ` +
      `never stabilised ${results.filter((o) => o.outcome === 'never-stabilised').length}, ` +
      `not exited ${results.filter((o) => o.outcome === 'not-exited').length}; ` +
      `owned police capacity at exit ${(owned.reduce((a, b) => a + b, 0) / owned.length).toFixed(3)}; ` +
      results.map((o) => `${o.outcome}${o.timeToRelapse ?? ''}@${o.exitTick}`).join(' '),
  )
}
