// Calibration run of fact 9's design (a local handover's shock) on seeds the validation test never
// uses (1000-1011; the test uses 1-12): at year 5 one district is handed over while the others keep
// their peacekeepers, against all kept, on the baseline at test size. Prints, per district handed
// over, the excess violence per tick in it over the first quarter and over the rest of the year,
// and in the districts not bordering it over the first quarter (docs/VALIDATION.md).
// Usage: npx tsx scripts/calibrate-shock.ts [replicates] ['{"dotted.path": value, ...}']
import { restoreSimulation } from '../src/engine/simulation.ts'
import { mean, meanOver, runFor, ssrScenario, YEAR } from '../test/validation/ssr.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i)
const HANDOVER = 5 * YEAR
const QUARTER = 13
const TICKS = HANDOVER + YEAR
const DISTRICTS = ['Capital', 'Coast', 'Midlands', 'Hills', 'North', 'Border']
const NEIGHBOURS: Record<string, string[]> = {
  Capital: ['Coast', 'Hills'],
  Coast: ['Capital', 'Midlands', 'North'],
  Midlands: ['Coast', 'Border'],
  Hills: ['Capital', 'North'],
  North: ['Coast', 'Hills', 'Border'],
  Border: ['Midlands', 'North'],
}
const TESTED = ['North', 'Hills', 'Border']

const replicates = Number(process.argv[2] ?? SEEDS.length)
const extra = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>
const scenarioFor = (district: string, treated: boolean) => {
  const order = [district, ...DISTRICTS.filter((d) => d !== district)]
  const common = { ...extra, 'drawdown.handoverOrder': order, ticks: TICKS }
  const strength = [
    [HANDOVER - 1, 1],
    [HANDOVER, 5 / 6],
  ]
  return treated
    ? ssrScenario('baseline', { ...common, 'drawdown.strength': strength })
    : ssrScenario('baseline', { ...common, 'drawdown.policy': 'none' })
}
const pairs: Record<string, Record<string, Float64Array>[][]> = Object.fromEntries(TESTED.map((n) => [n, []]))
for (const seed of SEEDS.slice(0, replicates)) {
  const prefix = runFor(scenarioFor(TESTED[0], false), seed, HANDOVER - 1)
  const snapshot = prefix.snapshot()
  prefix.step(TICKS - prefix.tick)
  const untreated = prefix.observables()
  for (const name of TESTED) {
    const treated = restoreSimulation(snapshot, scenarioFor(name, true))
    treated.step(TICKS - treated.tick)
    pairs[name].push([treated.observables(), untreated])
  }
}
for (const district of TESTED) {
  const gap = (name: string, from: number, to: number) =>
    mean(
      pairs[district].map(
        ([a, b]) => meanOver(a[`violence.${name}`], from, to) - meanOver(b[`violence.${name}`], from, to),
      ),
    )
  const far = DISTRICTS.filter((d) => d !== district && !NEIGHBOURS[district].includes(d))
  const first = gap(district, HANDOVER, HANDOVER + QUARTER)
  const rest = gap(district, HANDOVER + QUARTER, HANDOVER + YEAR)
  const farFirst = mean(far.map((d) => gap(d, HANDOVER, HANDOVER + QUARTER)))
  console.log(
    `${district}: first quarter ${first.toFixed(3)}, rest of the year ${rest.toFixed(3)}, far districts ${farFirst.toFixed(3)}; ` +
      `short-lived ${first > 1.5 * rest ? 'yes' : 'no'}, local ${first > 3 * Math.abs(farFirst) ? 'yes' : 'no'}`,
  )
}
