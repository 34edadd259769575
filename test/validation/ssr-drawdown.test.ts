// Stylized fact 8: leaving before local forces are capable and cohesive leads to relapse, mostly as a
// crisis within about two years (Timor-Leste), while conditions-based and phased handovers mostly
// hold (Sierra Leone, Liberia); mission length and mentoring change what the forces own at exit.
// Held out: validation seeds 1-12, each with its own country drawn from the stream "validation"
// (drawdown-arms.ts: political will, ownership, coordination, recruitment and attack rates over
// broad ranges), and arms the calibration never ran: an abrupt exit at year 2.5, a conditions-based
// exit at owned capacity 0.42, a linear drawdown over years 6 to 11; and, for the variation, a 2 × 3
// district layout with an abrupt exit at year 1.5 against a drawdown over years 5 to 9. Every arm is
// judged over the same five-year window after its own exit. Expected before the run: premature exits
// relapse in at least half the runs and at least three times as often as either handover, most of
// those relapses within two years of exit; handovers relapse in at most a quarter of runs.
import { beforeAll, describe, expect, it } from 'vitest'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import {
  abruptExit,
  armScenario,
  type Draw,
  drawCountry,
  FACT8_ARMS,
  judge,
  LATEST_EXIT_YEAR,
  scheduledExit,
} from './drawdown-arms.ts'
import { mean, runFor, YEAR } from './ssr.ts'
import { formatInterval, pairedBootstrap, wilson } from './stats.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const VARIATION_SEEDS = SEEDS.slice(0, 8)
const TWO_YEARS = 2 * YEAR
const RUNS_TIMEOUT = 1_200_000

const ARMS = FACT8_ARMS
const LAYOUT = { 'world.districtColumns': 2, 'world.districtRows': 3 }
const VARIATION = {
  premature: { ...abruptExit(1.5), ...LAYOUT },
  phased: { ...scheduledExit(5, 9), ...LAYOUT },
}

type Outcomes = Record<string, OutcomeSummary[]>
const outcomes: Outcomes = {}
const variation: Outcomes = {}
const draws: Draw[] = SEEDS.map((_, i) => drawCountry('validation', i))
let ownedWithoutMentors: number[] = []

beforeAll(() => {
  for (const [name, arm] of Object.entries(ARMS)) {
    outcomes[name] = SEEDS.map((seed, i) => judge(armScenario(draws[i], arm, LATEST_EXIT_YEAR), seed))
  }
  for (const [name, arm] of Object.entries(VARIATION)) {
    variation[name] = VARIATION_SEEDS.map((seed, i) =>
      judge(armScenario(draws[i], arm, LATEST_EXIT_YEAR), seed),
    )
  }
  // The premature arm again without mentoring (posture all protection and engagement), up to its exit.
  const exit = ARMS.premature['drawdown.exitTick']
  ownedWithoutMentors = SEEDS.map((seed, i) => {
    const scenario = armScenario(
      draws[i],
      { ...ARMS.premature, 'peacekeepers.posture.mentor': 0, 'peacekeepers.posture.protect': 0.6 },
      LATEST_EXIT_YEAR,
    )
    return runFor(scenario, seed, exit).observables()['police.capacityOwned'][exit]
  })
}, RUNS_TIMEOUT)

const relapses = (list: readonly OutcomeSummary[]) => list.filter((o) => o.outcome === 'relapse').length
const relapseFlags = (list: readonly OutcomeSummary[]) => list.map((o) => (o.outcome === 'relapse' ? 1 : 0))
const owned = (list: readonly OutcomeSummary[]) =>
  list.map((o) => o.ownedCapacityAtExit?.police ?? Number.NaN)
const describeArm = (name: string, list: readonly OutcomeSummary[]) =>
  `${name}: relapse ${relapses(list)}/${list.length} ${formatInterval(wilson(relapses(list), list.length))}, ` +
  `times ${list.map((o) => o.timeToRelapse ?? '-').join(' ')}, classes ${list.map((o) => o.outcome[0]).join('')}`

function checkFact8(set: Outcomes, label: string) {
  const { premature } = set
  const handovers = Object.keys(set).filter((name) => name !== 'premature')
  console.log(
    `fact 8 (${label}): ${Object.entries(set)
      .map(([n, l]) => describeArm(n, l))
      .join('; ')}`,
  )
  const early = premature.filter((o) => o.outcome === 'relapse' && (o.timeToRelapse ?? Infinity) <= TWO_YEARS)
  expect(premature.every((o) => o.complete)).toBe(true)
  expect(relapses(premature) / premature.length).toBeGreaterThanOrEqual(0.5)
  expect(early.length / relapses(premature)).toBeGreaterThanOrEqual(0.6)
  for (const name of handovers) {
    const list = set[name]
    const gap = pairedBootstrap(relapseFlags(premature), relapseFlags(list), `fact 8 ${label} ${name}`)
    console.log(`fact 8 (${label}): relapse share premature − ${name} ${formatInterval(gap)} (95% bootstrap)`)
    expect(list.every((o) => o.complete)).toBe(true)
    expect(relapses(list) / list.length).toBeLessThanOrEqual(0.25)
    expect(relapses(premature)).toBeGreaterThanOrEqual(3 * relapses(list))
    expect(gap[0]).toBeGreaterThan(0)
  }
}

describe('fact 8: premature exit versus conditions-based and phased handovers', () => {
  it('relapses several times as often after a premature exit, mostly within two years', () => {
    checkFact8(outcomes, 'broad draws, 3 × 2 districts')
  })

  it('holds on a 2 × 3 district layout with other exit years', () => {
    checkFact8(variation, 'variation')
  })

  // Known failure, reported in docs/VALIDATION.md: a mission of eleven years leaves 0.408 owned police
  // capacity against 0.251 after 2.5 years, a paired gap of [0.073, 0.231], short of the 0.1 lower
  // bound asserted; mentoring's own effect ([0.033, 0.047]) holds. `it.fails` keeps the assertions as
  // they were stated before the run and turns red the day the model meets them; this line must then go.
  it.fails('leaves the forces owning more capacity the longer the mission mentors them', () => {
    const early = owned(outcomes.premature)
    const late = owned(outcomes.phased)
    const length = pairedBootstrap(late, early, 'fact 8 mission length')
    const mentoring = pairedBootstrap(early, ownedWithoutMentors, 'fact 8 mentoring')
    console.log(
      `fact 8: owned police capacity at exit ${mean(early).toFixed(3)} after 2.5 years, ${mean(late).toFixed(3)} ` +
        `after a drawdown ending in year 11 (difference ${formatInterval(length, 3)}); ` +
        `${mean(ownedWithoutMentors).toFixed(3)} after 2.5 years without mentoring (mentoring adds ${formatInterval(mentoring, 3)})`,
    )
    expect(length[0]).toBeGreaterThan(0.1)
    expect(mentoring[0]).toBeGreaterThan(0.03)
  })
})
