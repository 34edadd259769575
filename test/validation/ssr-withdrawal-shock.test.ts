// Stylized fact 9 (Smidt et al. 2021; Peitz & Reisch 2019): withdrawal shocks are local and
// short-lived. At year 5 one district is handed over (its peacekeepers leave; the others keep
// theirs); the control arm keeps every peacekeeper, over the same seeds. We compare violence per
// district between the arms. The shock is local when the handed-over district's excess violence
// in the first quarter is larger than in the districts that do not border it; short-lived when
// that first-quarter excess is well above the excess in the rest of the first year. Expected before
// the run: the shock is local and short-lived in all three districts.
// Not reproduced: displacement to neighbouring districts (see docs/ODD.md, Known limitations).
import { beforeAll, describe, expect, it } from 'vitest'
import { restoreSimulation } from '../../src/engine/simulation.ts'
import { mean, meanOver, runFor, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const HANDOVER = 5 * YEAR
const QUARTER = 13
const TICKS = HANDOVER + YEAR
const DISTRICTS = ['Capital', 'Coast', 'Midlands', 'Hills', 'North', 'Border']
/** Districts sharing an edge, in the baseline's 3 × 2 layout. */
const NEIGHBOURS: Record<string, string[]> = {
  Capital: ['Coast', 'Hills'],
  Coast: ['Capital', 'Midlands', 'North'],
  Midlands: ['Coast', 'Border'],
  Hills: ['Capital', 'North'],
  North: ['Coast', 'Hills', 'Border'],
  Border: ['Midlands', 'North'],
}

const TESTED = ['North', 'Hills', 'Border']
const RUNS_TIMEOUT = 900_000

/** The two arms are identical until the handover: the same state at tick HANDOVER − 1, whatever the
 * handover order (no district has lost a peacekeeper yet). Each seed runs that far once and branches
 * into the control arm and one treated arm per tested district (a snapshot restored under the
 * treated scenario continues exactly as an unbroken treated run would). */
function runArms(): Record<string, Record<string, Float64Array>[][]> {
  const scenarioFor = (district: string, treated: boolean) => {
    const order = [district, ...DISTRICTS.filter((d) => d !== district)]
    const common = { 'drawdown.handoverOrder': order, ticks: TICKS }
    return treated
      ? ssrScenario('baseline', {
          ...common,
          'drawdown.strength': [
            [HANDOVER - 1, 1],
            [HANDOVER, 5 / 6],
          ],
        })
      : ssrScenario('baseline', { ...common, 'drawdown.policy': 'none' })
  }
  const control = scenarioFor(TESTED[0], false)
  const pairs: Record<string, Record<string, Float64Array>[][]> = {}
  for (const name of TESTED) pairs[name] = []
  for (const seed of SEEDS) {
    const prefix = runFor(control, seed, HANDOVER - 1)
    const snapshot = prefix.snapshot()
    prefix.step(TICKS - prefix.tick)
    const untreated = prefix.observables()
    for (const name of TESTED) {
      const treated = restoreSimulation(snapshot, scenarioFor(name, true))
      treated.step(TICKS - treated.tick)
      pairs[name].push([treated.observables(), untreated])
    }
  }
  return pairs
}

let pairs: Record<string, Record<string, Float64Array>[][]> = {}
beforeAll(() => {
  pairs = runArms()
}, RUNS_TIMEOUT)

function excess(district: string) {
  const byDistrict: Record<string, { firstQuarter: number; restOfYear: number }> = {}
  const runs = pairs[district]
  for (const name of DISTRICTS) {
    const column = `violence.${name}`
    const gap = (from: number, to: number) =>
      mean(runs.map(([a, b]) => meanOver(a[column], from, to) - meanOver(b[column], from, to)))
    byDistrict[name] = {
      firstQuarter: gap(HANDOVER, HANDOVER + QUARTER),
      restOfYear: gap(HANDOVER + QUARTER, HANDOVER + YEAR),
    }
  }
  return byDistrict
}

function checkShock(district: string) {
  const gaps = excess(district)
  const own = gaps[district]
  const far = DISTRICTS.filter((d) => d !== district && !NEIGHBOURS[district].includes(d))
  const farFirstQuarter = mean(far.map((d) => gaps[d].firstQuarter))
  console.log(
    `fact 9: handover of ${district}: excess violence events per tick in ${district} ${own.firstQuarter.toFixed(3)} ` +
      `in the first quarter, ${own.restOfYear.toFixed(3)} in the rest of the year; in districts not bordering it ` +
      `${farFirstQuarter.toFixed(3)} in the first quarter`,
  )
  expect(own.firstQuarter).toBeGreaterThan(0)
  expect(own.firstQuarter).toBeGreaterThan(3 * Math.abs(farFirstQuarter))
  expect(own.firstQuarter).toBeGreaterThan(1.5 * own.restOfYear)
}

describe('fact 9: withdrawal shocks', () => {
  it('are local and short-lived when Border is handed over', () => checkShock('Border'))
  // Known failures since the partnered-mentoring and defection mechanisms (docs/VALIDATION.md): in
  // North (0.077 in the first quarter, 0.068 in the rest of the year, 0.035 in districts not
  // bordering it) and Hills (0.083, 0.135, 0.028) the rise does not fade within the year. The
  // assertions are those stated before the run; `it.fails` turns red the day they hold.
  it.fails.each(['North', 'Hills'])('are local and short-lived when %s is handed over', checkShock)
})
