// Events in plain words, one formatter per kind, and a generic sentence for kinds not known yet.
import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../src/engine/core/events.ts'
import { explainEvent, markedEvents } from '../../src/ui/events/explain.ts'

const event = (
  kind: string,
  cause: SimEvent['cause'],
  district: number | null = null,
  tick = 312,
): SimEvent => ({ tick, kind, district, cause }) as SimEvent

describe('explainEvent', () => {
  it('says what happened, where and why', () => {
    const districtNames = ['Capital', 'North', 'District 3']
    expect(explainEvent(event('trust-collapse', { actor: 'police', abuses: 2 }, 2), { districtNames })).toBe(
      'tick 312: trust in police fell in District 3 after two abuses witnessed',
    )
    expect(explainEvent(event('outburst', { actives: 139, legitimacy: 0.82, cops: 64 }, null, 3))).toBe(
      'tick 3: an outburst began: 139 citizens active at once (legitimacy 0.82, 64 cops)',
    )
    expect(explainEvent(event('extinction', { group: 'green', killed: 812 }))).toBe(
      'tick 312: the green group was wiped out after 812 killings',
    )
    expect(explainEvent(event('handover', {}, 1), { districtNames })).toBe(
      'tick 312: security was handed over to national forces in North',
    )
    expect(explainEvent(event('spoiler-attack', { casualties: 1 }, 0), { districtNames })).toBe(
      'tick 312: spoilers attacked in Capital: one casualty',
    )
  })

  it('falls back to a generic sentence for an unknown kind, and never needs district names', () => {
    expect(explainEvent(event('election-crisis', { hardship: 0.25, label: 'vote' }, 4))).toBe(
      'tick 312: election crisis in district 5 (hardship 0.25, label vote)',
    )
  })

  it('marks only the rare, course-changing kinds on time axes', () => {
    const kinds = ['abuse-cluster', 'shock', 'exit', 'spoiler-attack', 'outburst'].map((kind) =>
      event(kind, {}),
    )
    expect(markedEvents(kinds).map((e) => e.kind)).toEqual(['shock', 'exit', 'outburst'])
  })
})
