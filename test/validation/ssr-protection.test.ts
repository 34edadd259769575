// Stylized facts 5 and 6 (Hultman, Kathman & Shannon 2013, 2014): more peacekeepers, steeply
// fewer civilians killed (police reduce it further), and fewer battle deaths. The mission stays
// for the whole run; arms differ only in its strength (and, for police, the police's), over the
// same seeds. Killings are counted over years 2 to 8.
import { describe, expect, it } from 'vitest'
import { libraryScenario } from './library.ts'
import { mean, meanOver, runFor, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1)
const FROM = 1 * YEAR
const TO = 8 * YEAR
const MONTH = YEAR / 12

function arm(peacekeepers: number, policeFactor = 1) {
  const base = libraryScenario('baseline')
  const policeDensity = (base as { police: { density: number } }).police.density * policeFactor
  const scenario = ssrScenario('baseline', {
    'drawdown.policy': 'none',
    'peacekeepers.density': peacekeepers,
    'police.density': policeDensity,
    ticks: TO,
  })
  const runs = SEEDS.map((seed) => runFor(scenario, seed, TO).observables())
  return {
    killedPerMonth: mean(runs.map((o) => meanOver(o['civilians.killed'], FROM, TO) * MONTH)),
    battleDeathsPerYear: mean(runs.map((o) => meanOver(o['battle.deaths'], FROM, TO) * YEAR)),
  }
}

describe('facts 5 and 6: peacekeepers protect civilians and reduce battle deaths', () => {
  const full = (libraryScenario('baseline') as { peacekeepers: { density: number } }).peacekeepers.density
  const none = arm(0)
  const some = arm(full / 3)
  const all = arm(full)
  const allWithPolice = arm(full, 2)
  console.log(
    `facts 5-6: civilians killed per month with no, a third, a full mission and a full mission with twice ` +
      `the police: ${[none, some, all, allWithPolice].map((a) => a.killedPerMonth.toFixed(2)).join(', ')}; ` +
      `battle deaths per year: ${[none, some, all].map((a) => a.battleDeathsPerYear.toFixed(1)).join(', ')}`,
  )

  it('kills fewer civilians the stronger the mission, steeply', () => {
    expect(some.killedPerMonth).toBeLessThan(none.killedPerMonth)
    expect(all.killedPerMonth).toBeLessThan(some.killedPerMonth)
    expect(all.killedPerMonth).toBeLessThan(0.2 * none.killedPerMonth)
  })

  it('kills fewer still with more police', () => {
    expect(allWithPolice.killedPerMonth).toBeLessThan(all.killedPerMonth)
  })

  it('cuts battle deaths by more than half with a full mission', () => {
    expect(all.battleDeathsPerYear).toBeLessThan(0.5 * none.battleDeathsPerYear)
  })
})
