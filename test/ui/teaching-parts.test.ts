// Small pieces of issue 12, each with the behaviour a student or instructor would notice: the
// "exit later" control's change, export names, the ensemble table, grouped events, verdict words
// and the inspector's field names.
import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../src/engine/core/events.ts'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { exportName } from '../../src/ui/app/file-name.ts'
import { type AppState, INITIAL_STATE } from '../../src/ui/app/state.ts'
import { verdictOf } from '../../src/ui/charts/outcome-words.ts'
import { shiftedExit } from '../../src/ui/controls/exit-shift.ts'
import { ensembleCsv } from '../../src/ui/ensemble/table.ts'
import { groupEvents } from '../../src/ui/events/log.ts'
import { fieldWords } from '../../src/ui/map/inspector.ts'

const summary = (extra: Partial<OutcomeSummary>): OutcomeSummary =>
  ({
    exitTick: 520,
    outcome: 'durable',
    timeToRelapse: null,
    peakPostExitViolence: 3,
    relapseThreshold: 20,
    trustAtExit: { police: 0.5 },
    ownedCapacityAtExit: null,
    casualties: 4,
    horizonTicks: 260,
    ticksObservedAfterExit: 156,
    ...extra,
  }) as OutcomeSummary

describe('exit later by N years', () => {
  it('moves a strength schedule or an abrupt exit, and nothing else', () => {
    const schedule = {
      drawdown: {
        policy: 'schedule',
        strength: [
          [260, 1],
          [520, 0],
        ],
      },
    }
    expect(shiftedExit(schedule, 104)).toEqual({
      path: 'drawdown.strength',
      value: [
        [364, 1],
        [624, 0],
      ],
    })
    expect(shiftedExit({ drawdown: { policy: 'abrupt', exitTick: 104 } }, 104)).toEqual({
      path: 'drawdown.exitTick',
      value: 208,
    })
    expect(shiftedExit({ drawdown: { policy: 'conditions', phases: [] } }, 104)).toBeNull()
  })
})

describe('verdict words', () => {
  it('says "so far" with how much of the window ran, until it is complete or a relapse', () => {
    expect(verdictOf(summary({})).word).toBe('durable peace so far')
    expect(verdictOf(summary({})).detail).toBe('156 of 260 ticks after exit observed')
    expect(verdictOf(summary({ ticksObservedAfterExit: 260 })).word).toBe('durable peace')
    expect(verdictOf(summary({ outcome: 'relapse', timeToRelapse: 40 })).word).toBe('relapse')
  })
})

describe('exports', () => {
  it('names files by scenario, preset, seed and tick', () => {
    const state = {
      ...INITIAL_STATE,
      source: { id: 'baseline', raw: {}, name: 'Baseline', kind: 'ssr', presets: [] },
      preset: 'two-years-later',
      seed: 7,
      a: { data: { tick: 312 } },
    } as unknown as AppState
    expect(exportName(state, 'violence')).toBe('baseline-two-years-later-seed7-tick312-violence')
  })

  it('writes the ensemble table one row per seed, outcome fields flattened', () => {
    const text = ensembleCsv([
      { seed: 3, outcome: summary({ outcome: 'relapse' }), final: { 'violence.rolling': 25 } },
      { seed: 2, outcome: summary({}), final: { 'violence.rolling': 4.5 } },
    ])
    const [header, first, second] = text.trim().split('\n')
    expect(header.split(',').slice(0, 3)).toEqual(['seed', 'exitTick', 'outcome'])
    expect(header).toContain('trustAtExit.police')
    expect(header).toContain('final.violence.rolling')
    expect(first.startsWith('2,520,durable')).toBe(true)
    expect(second.startsWith('3,520,relapse')).toBe(true)
    expect(first.split(',')[header.split(',').indexOf('ownedCapacityAtExit')]).toBe('')
  })
})

describe('the event log', () => {
  it('groups the frequent events by run, kind and district, biggest group first', () => {
    const attack = (tick: number, district: number) =>
      ({
        tick,
        kind: 'spoiler-attack',
        district,
        cause: { attacks: 1, civiliansKilled: 0, battleDeaths: 0 },
      }) as SimEvent
    const groups = groupEvents(
      [attack(1, 0), attack(2, 1), attack(3, 1)].map((event) => ({ event, run: '' })),
    )
    expect(groups.map((g) => g.entries.length)).toEqual([2, 1])
  })
})

describe('the inspector', () => {
  it('shows field names in words', () => {
    expect(fieldWords('trustInPolice')).toBe('trust in police')
    expect(fieldWords('capacityOwned')).toBe('capacity owned')
    expect(fieldWords('riskAversion')).toBe('risk aversion')
  })
})
