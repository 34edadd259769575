// The design of fact 9's test and of its calibration script: at year 5 one district is handed over
// (its peacekeepers leave, the others keep theirs) against a control arm that keeps every
// peacekeeper, over the same seeds, on the baseline at test size; and the excess violence that
// follows, in the handed-over district and in the districts that do not border it.
import { restoreSimulation } from '../../src/engine/simulation.ts'
import { mean, meanOver, runFor, ssrScenario, YEAR } from './ssr.ts'

export const HANDOVER = 5 * YEAR
export const QUARTER = 13
export const DISTRICTS = ['Capital', 'Coast', 'Midlands', 'Hills', 'North', 'Border']
/** Districts sharing an edge, in the baseline's 3 × 2 layout. */
export const NEIGHBOURS: Record<string, string[]> = {
  Capital: ['Coast', 'Hills'],
  Coast: ['Capital', 'Midlands', 'North'],
  Midlands: ['Coast', 'Border'],
  Hills: ['Capital', 'North'],
  North: ['Coast', 'Hills', 'Border'],
  Border: ['Midlands', 'North'],
}
export const TESTED = ['North', 'Hills', 'Border']

/** Per tested district, one [treated, untreated] pair of observables per seed. */
export type ShockPairs = Record<string, Record<string, Float64Array>[][]>

/** The two arms are identical until the handover: the same state at tick `handover` − 1, whatever the
 * handover order (no district has lost a peacekeeper yet). Each seed runs that far once and branches
 * into the control arm and one treated arm per tested district (a snapshot restored under the
 * treated scenario continues exactly as an unbroken treated run would). `overrides` apply to both. */
export function runShockArms(
  seeds: readonly number[],
  overrides: Record<string, unknown> = {},
  handover = HANDOVER,
): ShockPairs {
  const ticks = handover + YEAR
  const scenarioFor = (district: string, treated: boolean) => {
    const order = [district, ...DISTRICTS.filter((d) => d !== district)]
    const common = { ...overrides, 'drawdown.handoverOrder': order, ticks }
    return treated
      ? ssrScenario('baseline', {
          ...common,
          'drawdown.strength': [
            [handover - 1, 1],
            [handover, 5 / 6],
          ],
        })
      : ssrScenario('baseline', { ...common, 'drawdown.policy': 'none' })
  }
  const control = scenarioFor(TESTED[0], false)
  const pairs: ShockPairs = {}
  for (const name of TESTED) pairs[name] = []
  for (const seed of seeds) {
    const prefix = runFor(control, seed, handover - 1)
    const snapshot = prefix.snapshot()
    prefix.step(ticks - prefix.tick)
    const untreated = prefix.observables()
    for (const name of TESTED) {
      const treated = restoreSimulation(snapshot, scenarioFor(name, true))
      treated.step(ticks - treated.tick)
      pairs[name].push([treated.observables(), untreated])
    }
  }
  return pairs
}

export interface Shock {
  /** Mean excess violence events per tick in the handed-over district, first quarter after it. */
  firstQuarter: number
  /** The same over the rest of the first year. */
  restOfYear: number
  /** Mean first-quarter excess of the districts that do not border it. */
  farFirstQuarter: number
}

/** The shock of handing over `district` at tick `handover`, from its runs in `pairs`. */
export function shockOf(pairs: ShockPairs, district: string, handover = HANDOVER): Shock {
  const runs = pairs[district]
  const gap = (name: string, from: number, to: number) =>
    mean(
      runs.map(
        ([a, b]) => meanOver(a[`violence.${name}`], from, to) - meanOver(b[`violence.${name}`], from, to),
      ),
    )
  const far = DISTRICTS.filter((d) => d !== district && !NEIGHBOURS[district].includes(d))
  return {
    firstQuarter: gap(district, handover, handover + QUARTER),
    restOfYear: gap(district, handover + QUARTER, handover + YEAR),
    farFirstQuarter: mean(far.map((d) => gap(d, handover, handover + QUARTER))),
  }
}

/** One measure of the shock of handing over `district`, seed by seed (each pair on its own). */
export const shockBySeed = (
  pairs: ShockPairs,
  district: string,
  measure: keyof Shock,
  handover = HANDOVER,
): number[] => pairs[district].map((pair) => shockOf({ [district]: [pair] }, district, handover)[measure])
