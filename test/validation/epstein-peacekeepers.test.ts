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

/** Each arm is run once, when a test first needs it, and kept for the tests after it. */
const cache = new Map<string, Arm>()

function arm(preset: string, density: number, snapshotAt?: number): Arm {
  const key = `${preset} ${density}`
  let found = cache.get(key)
  if (!found) {
    const scenario = libraryScenario('epstein-peacekeeping', preset, { 'model.peacekeeperDensity': density })
    const results = SEEDS.map((seed) => extinction(scenario, seed, HORIZON, snapshotAt))
    const times = results.map((r) => r.tick)
    found = { density, results, mean: mean(times), spread: standardDeviation(times) }
    cache.set(key, found)
    const censored = results.filter((r) => r.group === null).length
    console.log(
      `fact 4 (${preset}): density ${density}: ticks to extinction mean ${found.mean.toFixed(0)}, ` +
        `sd ${found.spread.toFixed(0)}, censored ${censored}`,
    )
  }
  return found
}

/** The two readings: the shipped rules (run 8) and the replication's, each at three densities. */
const READINGS = [
  { name: 'shipped rules', preset: 'run-8', densities: [0, 0.02, 0.06] },
  { name: 'replication', preset: 'replication', densities: [0, 0.04, 0.08] },
]
/** The shipped 0.06 runs keep a snapshot at tick 300 for the withdrawal arm. */
const snapshotFor = (preset: string, density: number) =>
  preset === 'run-8' && density === 0.06 ? WITHDRAWAL - 1 : undefined

/** Long runs on a shared machine: the densest arms may take minutes when it is busy. */
const SLOW = 900_000

describe('fact 4: peacekeepers delay inter-group killing', () => {
  for (const { name, preset, densities } of READINGS) {
    it(`${name}: without peacekeepers one group dies out in every run, blue or green by chance`, () => {
      const none = arm(preset, 0)
      expect(none.results.every((r) => r.group !== null)).toBe(true)
      expect(none.results.some((r) => r.group === 'blue')).toBe(true)
      expect(none.results.some((r) => r.group === 'green')).toBe(true)
    })

    for (let i = 1; i < densities.length; i++) {
      const [lower, higher] = [densities[i - 1], densities[i]]
      it(
        `${name}: mean and spread of the time to extinction rise from density ${lower} to ${higher}`,
        () => {
          const a = arm(preset, lower, snapshotFor(preset, lower))
          const b = arm(preset, higher, snapshotFor(preset, higher))
          expect(b.mean).toBeGreaterThan(a.mean)
          expect(b.spread).toBeGreaterThan(a.spread)
          if (lower === 0) expect(b.mean).toBeGreaterThan(1.5 * a.mean)
        },
        SLOW,
      )
    }
  }

  it(
    'withdrawing the peacekeepers at tick 301 is followed by extinction far more often than staying',
    () => {
      const stayed = arm('run-8', 0.06, WITHDRAWAL - 1)
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
    },
    SLOW,
  )
})
