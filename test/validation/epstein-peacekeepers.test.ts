// Stylized fact 4 (Epstein 2002, Model II): without peacekeepers one group is wiped out, which one
// by chance; more peacekeepers raise both the mean and the spread of the time until that happens;
// withdrawing them brings the killing back. Checked under two readings of Epstein's text: the
// shipped rules (run 8) and the independent replication ndouglas/SugarScape (preset
// `replication`; docs/classic-models.md). 16 seeds per arm, the same in every arm (common random
// numbers), none of them used while the presets were set up (that used 1–40 and 101–140). Runs
// reaching the horizon count as the horizon, which understates the effect.
// Expected before the run, in each reading: mean and standard deviation of the time to extinction
// rise from each density to the next. The withdrawal arm continues each 0.06 run that has both
// groups alive at tick 300 from its snapshot, with the peacekeepers gone from tick 301.
import { describe, expect, it } from 'vitest'
import { type Extinction, extinction, extinctionFrom } from './epstein-extinction.ts'
import { libraryScenario, mean, standardDeviation } from './library.ts'

const HORIZON = 1500
const SEEDS = Array.from({ length: 16 }, (_, i) => 301 + i)
const WITHDRAWAL = 301
const AFTER = 500

interface Arm {
  density: number
  results: Extinction[]
  mean: number
  spread: number
}

function arms(preset: string, densities: number[], snapshotAt?: number): Arm[] {
  return densities.map((density) => {
    const scenario = libraryScenario('epstein-peacekeeping', preset, { 'model.peacekeeperDensity': density })
    const results = SEEDS.map((seed) => extinction(scenario, seed, HORIZON, snapshotAt))
    const times = results.map((r) => r.tick)
    return { density, results, mean: mean(times), spread: standardDeviation(times) }
  })
}

function describeArms(reading: string, all: Arm[]): string {
  const censored = (a: Arm) => a.results.filter((r) => r.group === null).length
  return `fact 4 (${reading}): ticks to extinction by peacekeeper density: ${all
    .map((a) => `${a.density}: mean ${a.mean.toFixed(0)}, sd ${a.spread.toFixed(0)}, censored ${censored(a)}`)
    .join('; ')}`
}

function expectRisingMeanAndSpread(all: Arm[]): void {
  for (let i = 1; i < all.length; i++) {
    expect(all[i].mean).toBeGreaterThan(all[i - 1].mean)
    expect(all[i].spread).toBeGreaterThan(all[i - 1].spread)
  }
  expect(all[1].mean).toBeGreaterThan(1.5 * all[0].mean)
}

function expectChanceVictim(none: Arm): void {
  expect(none.results.every((r) => r.group !== null)).toBe(true)
  expect(none.results.some((r) => r.group === 'blue')).toBe(true)
  expect(none.results.some((r) => r.group === 'green')).toBe(true)
}

let shipped: Arm[] | undefined
/** The shipped rules at 0, 0.02 and 0.06; the 0.06 runs keep a snapshot at tick 300. */
const shippedArms = () => {
  shipped ??= arms('run-8', [0, 0.02, 0.06], WITHDRAWAL - 1)
  return shipped
}

describe('fact 4: peacekeepers delay inter-group killing', () => {
  it('shipped rules: one group dies out by chance without peacekeepers; mean and spread rise with density', () => {
    const all = shippedArms()
    console.log(describeArms('shipped rules', all))
    expectChanceVictim(all[0])
    expectRisingMeanAndSpread(all)
  })

  it('replication rules: the same, at densities 0, 0.04 and 0.08', () => {
    const all = arms('replication', [0, 0.04, 0.08])
    console.log(describeArms('replication', all))
    expectChanceVictim(all[0])
    expectRisingMeanAndSpread(all)
  })

  it('withdrawing the peacekeepers at tick 301 is followed by extinction far more often than staying', () => {
    const stayed = shippedArms()[2]
    const withdrawn = libraryScenario('epstein-peacekeeping', 'withdrawal')
    let survivedToWithdrawal = 0
    let extinctAfterWithdrawal = 0
    let extinctWhileStaying = 0
    for (const run of stayed.results) {
      if (!run.snapshot) continue
      survivedToWithdrawal++
      if (extinctionFrom(run.snapshot, withdrawn, WITHDRAWAL + AFTER).group) extinctAfterWithdrawal++
      if (run.group && run.tick <= WITHDRAWAL + AFTER) extinctWhileStaying++
    }
    console.log(
      `fact 4: of ${survivedToWithdrawal} runs with both groups alive at tick ${WITHDRAWAL}, a group died out within ` +
        `${AFTER} ticks in ${extinctAfterWithdrawal} after withdrawal and ${extinctWhileStaying} with peacekeepers staying`,
    )
    expect(survivedToWithdrawal).toBeGreaterThanOrEqual(8)
    expect(extinctAfterWithdrawal / survivedToWithdrawal).toBeGreaterThanOrEqual(0.8)
    expect(extinctAfterWithdrawal).toBeGreaterThan(extinctWhileStaying + 3)
  })
})
