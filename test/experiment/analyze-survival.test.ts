// Kaplan–Meier against a hand-computed table with censoring and ties (8 runs), and the time to
// relapse read from outcome measures (event, censored at the observed window, never exited).
import { describe, expect, it } from 'vitest'
import { kaplanMeier } from '../../src/experiment/analyze/kaplan-meier.ts'
import { survivalObservation } from '../../src/experiment/analyze/measures.ts'
import type { RunRecord } from '../../src/experiment/analyze/runs-table.ts'

const event = (time: number) => ({ time, event: true })
const censored = (time: number) => ({ time, event: false })

describe('Kaplan–Meier', () => {
  // Relapses at 2, 4, 4, 6, 8; censored at 3, 4 (tied with two relapses), 7.
  const curve = kaplanMeier([
    event(8),
    censored(4),
    event(4),
    event(2),
    censored(7),
    event(6),
    censored(3),
    event(4),
  ])

  it('matches the hand-computed table', () => {
    // time, at risk, events, censored, S; Greenwood SE; log-log 95% band (computed by hand in Python).
    const table = [
      [2, 8, 1, 0, 0.875, 0.116927, 0.387, 0.981393],
      [3, 7, 0, 1, 0.875, 0.116927, 0.387, 0.981393],
      [4, 6, 2, 1, 0.583333, 0.185561, 0.180189, 0.844069],
      [6, 3, 1, 0, 0.388889, 0.201269, 0.063003, 0.724223],
      [7, 2, 0, 1, 0.388889, 0.201269, 0.063003, 0.724223],
      [8, 1, 1, 0, 0, 0, 0, 0],
    ]
    expect(curve.n).toBe(8)
    expect(curve.events).toBe(5)
    expect(curve.steps).toHaveLength(table.length)
    curve.steps.forEach((step, i) => {
      const [time, atRisk, events, censoredCount, survival, se, lower, upper] = table[i]
      expect(step).toMatchObject({ time, atRisk, events, censored: censoredCount })
      expect(step.survival).toBeCloseTo(survival, 6)
      expect(step.standardError).toBeCloseTo(se, 5)
      expect(step.lower).toBeCloseTo(lower, 5)
      expect(step.upper).toBeCloseTo(upper, 5)
    })
  })

  it('gives the median time to relapse with its Brookmeyer–Crowley interval', () => {
    // S first ≤ 0.5 at 6; the band's lower edge first ≤ 0.5 at 2, its upper edge at 8.
    expect(curve.median).toEqual({ estimate: 6, lower: 2, upper: 8 })
  })

  it('leaves the median unknown when survival stays above one half', () => {
    const late = kaplanMeier([event(5), censored(10), censored(10), censored(10)])
    expect(late.steps.at(-1)!.survival).toBe(0.75)
    expect(late.median.estimate).toBeNull()
    // The band's upper edge never reaches one half either: the interval is open above.
    expect(late.median.upper).toBeNull()
  })
})

const runWith = (measures: RunRecord['measures']): RunRecord => ({
  runId: 0,
  point: 0,
  arm: '',
  replicate: 0,
  seed: 1,
  factors: {},
  measures,
})

describe('time to relapse from outcome measures', () => {
  it('is an event for a relapse and censored at the observed post-exit window otherwise', () => {
    const relapse = runWith({
      exitTick: 300,
      outcome: 'relapse',
      timeToRelapse: 42,
      ticksObservedAfterExit: 120,
    })
    const durable = runWith({
      exitTick: 300,
      outcome: 'durable',
      timeToRelapse: null,
      ticksObservedAfterExit: 360,
    })
    expect(survivalObservation(relapse)).toEqual({ time: 42, event: true })
    expect(survivalObservation(durable)).toEqual({ time: 360, event: false })
  })

  it('falls back to the horizon, and leaves out runs that never exited', () => {
    const fragile = runWith({ exitTick: 300, outcome: 'fragile', timeToRelapse: null, horizonTicks: 360 })
    const stayed = runWith({
      exitTick: null,
      outcome: 'not-exited',
      timeToRelapse: null,
      ticksObservedAfterExit: 0,
    })
    expect(survivalObservation(fragile)).toEqual({ time: 360, event: false })
    expect(survivalObservation(stayed)).toBeNull()
  })
})
