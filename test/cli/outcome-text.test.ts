// The readable outcome `drawdown run` prints on stderr: each verdict in plain words, ticks also
// as years, and a note while a durable or fragile verdict can still change.
import { describe, expect, it } from 'vitest'
import { describeOutcome } from '../../src/cli/outcome-text.ts'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'

const RUN = { file: 'scenarios/baseline.json', seed: 1, ticks: 780, ticksPerYear: 52 }

const exited: OutcomeSummary = {
  exitTick: 517,
  outcome: 'durable',
  timeToRelapse: null,
  survivalTicks: 260,
  censored: true,
  complete: true,
  violenceAtExit: 3.2,
  peakPostExitViolence: 6.43,
  meanPostExitViolence: 4.1,
  relapseThreshold: 20,
  trustAtExit: { police: 0.5512, military: 0.52, peacekeepers: 0.4 },
  ownedCapacityAtExit: { police: 0.331, military: 0.349 },
  casualties: 227,
  casualtiesAfterExit: 51,
  horizonTicks: 260,
  ticksObservedAfterExit: 260,
}

describe('describeOutcome', () => {
  it('tells a settled durable peace in six lines', () => {
    expect(describeOutcome(exited, RUN)).toBe(
      [
        'Drawdown outcome (scenarios/baseline.json, seed 1, 780 ticks)',
        '  exit: tick 517 (year 9.9)',
        '  outcome: durable — peak post-exit violence 6.4 (relapse above 20, fragile above 10)',
        '  trust at exit: police 0.55, military 0.52, peacekeepers 0.40',
        '  owned capacity at exit: police 0.33, military 0.35',
        '  casualties: 227',
        '',
      ].join('\n'),
    )
  })

  it('gives a relapse its delay and year, and names the preset', () => {
    const text = describeOutcome(
      { ...exited, outcome: 'relapse', timeToRelapse: 40, peakPostExitViolence: 31.25, relapseThreshold: 15 },
      { ...RUN, preset: 'hasty' },
    )
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Drawdown outcome (scenarios/baseline.json, preset hasty, seed 1, 780 ticks)',
      '  exit: tick 517 (year 9.9)',
      '  outcome: relapse after 40 ticks (year 10.7) — peak post-exit violence 31.3 (relapse above 15, fragile above 7.5)',
    ])
  })

  it('says when the verdict may still change, and when nothing after the exit has run', () => {
    const early = describeOutcome(
      { ...exited, outcome: 'fragile', ticksObservedAfterExit: 100, survivalTicks: 100, complete: false },
      RUN,
    )
    expect(early).toContain(
      '  so far: 100 of the 260 ticks after exit have run; the outcome may still change\n',
    )
    const atExit = describeOutcome(
      { ...exited, peakPostExitViolence: null, ticksObservedAfterExit: 0, complete: false },
      RUN,
    )
    expect(atExit).toContain('  outcome: durable — no tick after the exit observed yet (relapse above 20')
    const relapsed = describeOutcome(
      { ...exited, outcome: 'relapse', timeToRelapse: 10, ticksObservedAfterExit: 12, complete: true },
      RUN,
    )
    expect(relapsed).not.toContain('so far')
  })

  it('tells a mission that left a war from a peace that broke', () => {
    const text = describeOutcome(
      {
        ...exited,
        outcome: 'never-stabilised',
        violenceAtExit: 27.46,
        survivalTicks: null,
        censored: null,
        ticksObservedAfterExit: 30,
        complete: true,
      },
      RUN,
    )
    expect(text.split('\n')[2]).toBe(
      '  outcome: never stabilised — violence 27.5 at exit, already above the relapse threshold 20',
    )
    expect(text).not.toContain('so far')
  })

  it('tells a mission still deployed without trust or capacity at exit', () => {
    const text = describeOutcome(
      {
        ...exited,
        exitTick: null,
        outcome: 'not-exited',
        peakPostExitViolence: null,
        trustAtExit: null,
        ownedCapacityAtExit: null,
        ticksObservedAfterExit: 0,
      },
      { ...RUN, ticks: 200 },
    )
    expect(text).toBe(
      [
        'Drawdown outcome (scenarios/baseline.json, seed 1, 200 ticks)',
        '  exit: not yet — peacekeepers still deployed at tick 200 (year 3.8)',
        '  outcome: not exited',
        '  casualties: 227',
        '',
      ].join('\n'),
    )
  })
})
