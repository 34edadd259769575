// Events in plain words, one formatter per kind reading the cause the engine types, and a generic
// sentence for kinds not known yet (test/engine/event-causes.test.ts explains a real run).
import { describe, expect, it } from 'vitest'
import type { EventCauses, EventKind, SimEvent } from '../../src/engine/core/events.ts'
import { explainEvent, markedEvents } from '../../src/ui/events/explain.ts'

const event = <K extends EventKind>(
  kind: K,
  cause: EventCauses[K],
  district: number | null = null,
  tick = 312,
): SimEvent => ({ tick, kind, district, cause }) as SimEvent

describe('explainEvent', () => {
  it('says what happened, where and why', () => {
    const districtNames = ['Capital', 'North', 'District 3']
    const collapse = {
      actor: 'police',
      before: 0.61,
      after: 0.42,
      abuses: 2,
      attacks: 0,
      peacekeepers: 3,
    } as const
    expect(explainEvent(event('trust-collapse', collapse, 2), { districtNames })).toBe(
      'tick 312: trust in police fell in District 3 from 0.61 to 0.42 after two abuses witnessed',
    )
    expect(explainEvent(event('outburst', { actives: 139, legitimacy: 0.82, cops: 64 }, null, 3))).toBe(
      'tick 3: an outburst began: 139 citizens active at once (legitimacy 0.82, 64 cops)',
    )
    expect(explainEvent(event('extinction', { group: 'green', killed: 812 }))).toBe(
      'tick 312: the green group was wiped out after 812 killings',
    )
    expect(
      explainEvent(event('handover', { district: 'North', peacekeepersLeft: 12 }, 1), { districtNames }),
    ).toBe('tick 312: security was handed over to national forces in North')
    expect(
      explainEvent(event('spoiler-attack', { attacks: 3, civiliansKilled: 1, battleDeaths: 2 }, 0), {
        districtNames,
      }),
    ).toBe('tick 312: spoilers attacked three times in Capital: one civilian killed, two battle deaths')
    expect(explainEvent(event('relapse', { violenceRate: 4.25, threshold: 3, ticksAfterExit: 104 }))).toBe(
      'tick 312: relapse: the rolling violence rate reached 4.3, above the threshold of three, 104 ticks after exit',
    )
    expect(
      explainEvent(
        event('exit', { policeCapacityOwned: 0.41, militaryCapacityOwned: 0.35, trustInPolice: 0.5 }),
      ),
    ).toBe("tick 312: the last peacekeepers left; the police's own capacity was 0.41 and the military's 0.35")
  })

  it('falls back to a generic sentence for an unknown kind, and never needs district names', () => {
    const unknown = {
      tick: 312,
      kind: 'election-crisis',
      district: 4,
      cause: { hardship: 0.25, label: 'vote' },
    }
    expect(explainEvent(unknown as unknown as SimEvent)).toBe(
      'tick 312: election crisis in district 5 (hardship 0.25, label vote)',
    )
  })

  it('marks only the rare, course-changing kinds on time axes', () => {
    const kinds = ['abuse-cluster', 'shock', 'exit', 'spoiler-attack', 'outburst'].map((kind) => ({ kind }))
    expect(markedEvents(kinds).map((e) => e.kind)).toEqual(['shock', 'exit', 'outburst'])
  })
})
