// Stylized fact 8: leaving before local forces are capable leads to relapse (Timor-Leste), while a
// phased exit that hands over security first holds (Sierra Leone, Liberia). Arm A leaves abruptly
// after one year, while the forces' capacity is still mostly assisted (low local ownership, so
// little of it has become their own); arm B hands over in phases, each gated on the forces'
// capacity and on calm. Same seeds; the verdict window is nine years after exit for A and six
// for B, which leaves years later and must run on to the end of its own window.
import { describe, expect, it } from 'vitest'
import { mean, runFor, share, ssrScenario, YEAR } from './ssr.ts'

const SEEDS = Array.from({ length: 16 }, (_, i) => i + 1)
const HORIZON_YEARS = 6
const EARLY_HORIZON_YEARS = 9

const PHASES = [
  { name: 'first handover', strength: 0.6, when: 'police.capacity > 0.4 and violence.rolling < 8' },
  { name: 'second handover', strength: 0.3, when: 'police.capacityOwned > 0.3 and violence.rolling < 8' },
  // Missions do not stay for ever: after about eleven and a half years the mission leaves regardless.
  { name: 'exit', strength: 0, when: '(police.capacityOwned > 0.3 and violence.rolling < 6) or t > 600' },
]

describe('fact 8: early exit versus phased handover', () => {
  it('relapses more, and more violently, when the mission leaves before the forces are capable', () => {
    const early = ssrScenario('baseline', {
      'drawdown.policy': 'abrupt',
      'drawdown.exitTick': YEAR,
      'reform.ownership': 0.1,
      'outcomes.horizonYears': EARLY_HORIZON_YEARS,
      ticks: (1 + EARLY_HORIZON_YEARS) * YEAR,
    })
    const phased = ssrScenario('baseline', {
      'drawdown.policy': 'conditions',
      'drawdown.phases': PHASES,
      'outcomes.horizonYears': HORIZON_YEARS,
      ticks: 600 + (HORIZON_YEARS + 1) * YEAR,
    })
    const a = SEEDS.map((seed) => runFor(early, seed, early.ticks).outcome())
    const b = SEEDS.map((seed) => runFor(phased, seed, phased.ticks).outcome())
    for (const outcome of [...a, ...b]) expect(outcome?.exitTick).not.toBeNull()
    const peak = (runs: typeof a) => mean(runs.map((o) => o?.peakPostExitViolence ?? 0))
    const relapses = (runs: typeof a) => share(runs.map((o) => o?.outcome === 'relapse'))
    console.log(
      `fact 8: relapse ${(100 * relapses(a)).toFixed(0)}% after early exit, ${(100 * relapses(b)).toFixed(0)}% ` +
        `after phased handover; mean peak post-exit violence ${peak(a).toFixed(1)} and ${peak(b).toFixed(1)}; ` +
        `phased exits at ticks ${b.map((o) => o?.exitTick).join(', ')}`,
    )
    expect(relapses(a)).toBeGreaterThanOrEqual(0.25)
    expect(relapses(b)).toBeLessThanOrEqual(relapses(a) / 2)
    expect(peak(a)).toBeGreaterThan(1.5 * peak(b))
  })
})
