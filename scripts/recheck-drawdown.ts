// Fact 8 re-checked on countries and seeds no test or calibration has used: the test's own arms
// (abrupt exit at year 2.5, conditions-based exit at owned capacity 0.42, drawdown over years 6-11),
// its criteria, and the mission-length gap in owned police capacity at exit, on draws from a stream
// of the caller's naming. A robustness report, not a test: nothing is tuned on it.
// Usage: npx tsx scripts/recheck-drawdown.ts [replicates=24] [stream=recheck] [firstSeed=3000]
import {
  armScenario,
  drawCountry,
  FACT8_ARMS,
  judge,
  LATEST_EXIT_YEAR,
} from '../test/validation/drawdown-arms.ts'
import { formatInterval, pairedBootstrap, wilson } from '../test/validation/stats.ts'

const replicates = Number(process.argv[2] ?? 24)
const stream = process.argv[3] ?? 'recheck'
const firstSeed = Number(process.argv[4] ?? 3000)
const ARMS = FACT8_ARMS

const draws = Array.from({ length: replicates }, (_, i) => drawCountry(stream, i))
const outcomes = Object.fromEntries(
  Object.entries(ARMS).map(([name, arm]) => [
    name,
    draws.map((draw, i) => judge(armScenario(draw, arm, LATEST_EXIT_YEAR), firstSeed + i)),
  ]),
)
const flags = (name: string): number[] => outcomes[name].map((o) => (o.outcome === 'relapse' ? 1 : 0))
const owned = (name: string) => outcomes[name].map((o) => o.ownedCapacityAtExit?.police ?? Number.NaN)
for (const name of Object.keys(ARMS)) {
  const k = flags(name).reduce((a, b) => a + b, 0)
  const early = outcomes[name].filter((o) => o.outcome === 'relapse' && (o.timeToRelapse ?? Infinity) <= 104)
  const classes = outcomes[name].map((o) => o.outcome[0]).join('')
  console.log(
    `${name}: relapse ${k}/${replicates} ${formatInterval(wilson(k, replicates))}, ${early.length} within two years; classes ${classes}`,
  )
}
for (const name of ['conditions', 'phased'])
  console.log(
    `relapse share premature − ${name} ${formatInterval(pairedBootstrap(flags('premature'), flags(name), `recheck ${name}`))}`,
  )
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
console.log(
  `owned police capacity at exit: ${mean(owned('premature')).toFixed(3)} after 2.5 years, ${mean(owned('phased')).toFixed(3)} ` +
    `after the drawdown ending in year 11, gap ${formatInterval(pairedBootstrap(owned('phased'), owned('premature'), 'recheck length'), 3)}`,
)
