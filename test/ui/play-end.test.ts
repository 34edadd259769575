// Play runs long enough to judge every run over its whole post-exit window. The regression: a
// branch with a later exit ("two years later") was cut off at the scenario's horizon, so its
// verdict was never final and a later exit always looked better.
import { describe, expect, it } from 'vitest'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { plannedExit, playEnd } from '../../src/ui/app/play-end.ts'
import type { RunState } from '../../src/ui/app/state.ts'

const outcome = (exitTick: number | null, observed: number): OutcomeSummary =>
  ({
    exitTick,
    outcome: exitTick === null ? 'not-exited' : 'durable',
    horizonTicks: 260,
    ticksObservedAfterExit: observed,
  }) as OutcomeSummary

const run = (drawdown: unknown, summary: OutcomeSummary): RunState =>
  ({ scenario: { drawdown }, data: { outcome: summary } }) as unknown as RunState

const schedule = (points: [number, number][]) => ({ policy: 'schedule', strength: points })

describe('plannedExit', () => {
  it('reads the exit from an abrupt plan or a schedule that ends at zero, and nothing else', () => {
    expect(plannedExit({ drawdown: { policy: 'abrupt', exitTick: 104 } })).toBe(104)
    expect(
      plannedExit({
        drawdown: schedule([
          [364, 1],
          [624, 0],
        ]),
      }),
    ).toBe(624)
    expect(
      plannedExit({
        drawdown: schedule([
          [10, 1],
          [20, 0],
          [30, 0],
        ]),
      }),
    ).toBe(20)
    expect(
      plannedExit({
        drawdown: schedule([
          [10, 1],
          [20, 0.5],
        ]),
      }),
    ).toBeNull()
    expect(plannedExit({ drawdown: { policy: 'conditions' } })).toBeNull()
    expect(plannedExit({ drawdown: { policy: 'none' } })).toBeNull()
    expect(plannedExit({ kind: 'civil-violence' })).toBeNull()
  })
})

describe('playEnd', () => {
  it('stays at the horizon when every window fits', () => {
    const a = run(
      schedule([
        [260, 1],
        [520, 0],
      ]),
      outcome(520, 0),
    )
    expect(playEnd([a, null], 780)).toBe(780)
  })

  it('stretches to judge a branch that leaves two years later over the same window', () => {
    const a = run(
      schedule([
        [260, 1],
        [520, 0],
      ]),
      outcome(520, 80),
    )
    const b = run(
      schedule([
        [364, 1],
        [624, 0],
      ]),
      outcome(null, 0),
    )
    expect(playEnd([a, b], 780)).toBe(624 + 260)
  })

  it('uses the exit a run actually had once it has one (a conditions policy)', () => {
    const b = run({ policy: 'conditions' }, outcome(700, 10))
    expect(playEnd([null, b], 780)).toBe(960)
  })
})
