// Model I's `mesa` preset against Mesa 3.3.1's Epstein example, restated independently in
// epstein-mesa-reference.ts. Run 2 settings (NetLogo's defaults: 40×40, L 0.82, cops 0.04,
// vision 7, Jmax 30). Each seed's reference run starts from the engine's own starting state
// (cells, hardship, risk aversion, cops: Mesa draws these per cell, as the preset does), so the
// comparison is paired and the spread that the cop count alone causes cancels.
// Expected before the run: the preset's mean jailed share over ticks 51–300 lies within 0.6 points
// of the reference's; the preset's earlier rules (terms 0..Jmax − 1, freed at the countdown to 0)
// lie below it by more than that, as the issue measured against Mesa itself (about 0.9 points).
import { describe, expect, it } from 'vitest'
import { Kind } from '../../src/engine/core/agents.ts'
import { civilViolence } from '../../src/engine/models/civil-violence/index.ts'
import type { CivilViolenceScenario } from '../../src/scenario/schema.ts'
import { type MesaStart, runMesaReference } from './epstein-mesa-reference.ts'
import { libraryScenario, mean, run, standardDeviation } from './library.ts'

/** About 30 s of computing; minutes when the shared machine is busy. */
const SLOW = 900_000
const TICKS = 300
const FROM = 51
/** Seeds no exploration of the preset used (that used 1–32). */
const SEEDS = Array.from({ length: 24 }, (_, i) => 1001 + i)

function startOf(scenario: CivilViolenceScenario, seed: number): MesaStart {
  const { agents } = civilViolence.create(scenario, seed)
  const start: MesaStart = { citizens: [], cops: [] }
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] !== 1) continue
    if (agents.kind[id] === Kind.citizen)
      start.citizens.push({
        cell: agents.cell[id],
        hardship: agents.hardship[id],
        riskAversion: agents.riskAversion[id],
      })
    else start.cops.push(agents.cell[id])
  }
  return start
}

const share = (jailed: ArrayLike<number>, citizens: number) => {
  let sum = 0
  for (let t = FROM; t <= TICKS; t++) sum += jailed[t]
  return sum / (TICKS - FROM + 1) / citizens
}

describe('Model I, mesa preset, against Mesa 3.3.1', () => {
  it(
    'reproduces the jailed share of a plain restatement of Mesa, which the earlier rules missed',
    () => {
      const preset = libraryScenario('epstein-civil-violence', 'mesa', {
        ticks: TICKS,
      }) as CivilViolenceScenario
      const earlier = libraryScenario('epstein-civil-violence', 'mesa', {
        ticks: TICKS,
        'rules.jailTerm': 'below-max',
        'rules.release': 'at-term-end',
      }) as CivilViolenceScenario
      const gaps: number[] = []
      const earlierGaps: number[] = []
      const shares: number[] = []
      const references: number[] = []
      for (const seed of SEEDS) {
        const start = startOf(preset, seed)
        const citizens = start.citizens.length
        const settings = {
          width: 40,
          height: 40,
          vision: 7,
          legitimacy: 0.82,
          maxJailTerm: 30,
          threshold: 0.1,
          arrestConstant: 2.3,
        }
        // One reference run serves both arms: the earlier rules start from the same state.
        const reference = [0, ...runMesaReference(settings, start, seed, TICKS)]
        const referenceShare = share(reference, citizens)
        const engineShare = share(run(preset, seed).observables().jailed, citizens)
        const earlierShare = share(run(earlier, seed).observables().jailed, citizens)
        references.push(referenceShare)
        shares.push(engineShare)
        gaps.push(engineShare - referenceShare)
        earlierGaps.push(earlierShare - referenceShare)
      }
      const points = (x: number) => (100 * x).toFixed(2)
      const se = (xs: number[]) => standardDeviation(xs) / Math.sqrt(xs.length)
      console.log(
        `Mesa check: jailed share, ticks ${FROM}–${TICKS}, ${SEEDS.length} seeds: preset ${points(mean(shares))}% ` +
          `(sd ${points(standardDeviation(shares))}), reference ${points(mean(references))}% ` +
          `(sd ${points(standardDeviation(references))}); paired gap ${points(mean(gaps))} ± ${points(se(gaps))} points, ` +
          `earlier rules ${points(mean(earlierGaps))} ± ${points(se(earlierGaps))}`,
      )
      expect(Math.abs(mean(gaps))).toBeLessThan(0.006)
      expect(mean(earlierGaps)).toBeLessThan(-0.006)
    },
    SLOW,
  )
})
