// The event log while a run plays: events arrive batch after batch, and what a student is about to
// click or has opened must stay where it is. A button rebuilt under the pointer loses the click (the
// end-to-end branch test once failed for 30 s on exactly that), and a rebuilt group closes.
import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../src/engine/core/events.ts'
import type { Controller } from '../../src/ui/app/controller.ts'
import { type AppState, INITIAL_STATE } from '../../src/ui/app/state.ts'
import { createEventLog } from '../../src/ui/events/log.ts'

const outburst = (tick: number) =>
  ({ tick, kind: 'outburst', district: null, cause: { actives: 60, legitimacy: 0.8, cops: 30 } }) as SimEvent
const attack = (tick: number) =>
  ({
    tick,
    kind: 'spoiler-attack',
    district: 0,
    cause: { attacks: 1, civiliansKilled: 0, battleDeaths: 0 },
  }) as SimEvent

/** A state whose run A has recorded `events` (the log reads nothing else of the run). */
const withEvents = (events: SimEvent[]): AppState =>
  ({ ...INITIAL_STATE, a: { data: { events } } }) as unknown as AppState

function setup() {
  const highlighted: (number | null)[] = []
  const controller = { highlight: (tick: number | null) => highlighted.push(tick) } as unknown as Controller
  const log = createEventLog(controller)
  document.body.replaceChildren(log.element)
  return { log, highlighted }
}

describe('the event log as events arrive', () => {
  it('keeps the buttons already listed, adding the new ones before them', () => {
    const { log } = setup()
    const first = [outburst(10), outburst(40)]
    log.update(withEvents(first))
    const before = [...log.element.querySelectorAll('.event-list > li > button.event')]
    expect(before.map((b) => b.getAttribute('data-tick'))).toEqual(['40', '10'])
    log.update(withEvents([...first, outburst(90)]))
    const after = [...log.element.querySelectorAll('.event-list > li > button.event')]
    expect(after.map((b) => b.getAttribute('data-tick'))).toEqual(['90', '40', '10'])
    expect(after[1]).toBe(before[0])
    expect(after[2]).toBe(before[1])
    expect(before.every((button) => button.isConnected)).toBe(true)
  })

  it('leaves an opened group open and counts what joined it', () => {
    const { log } = setup()
    const first = [attack(5), attack(6)]
    log.update(withEvents(first))
    const details = log.element.querySelector('details.event-group') as HTMLDetailsElement
    details.open = true
    log.update(withEvents([...first, attack(7)]))
    const now = log.element.querySelector('details.event-group') as HTMLDetailsElement
    expect(now).toBe(details)
    expect(now.open).toBe(true)
    expect(now.querySelector('summary')?.textContent).toContain('3 × (ticks 5–7)')
    expect(now.querySelectorAll('button.event')).toHaveLength(3)
  })

  it('still marks the clicked event after more events arrived', () => {
    const { log, highlighted } = setup()
    const first = [outburst(10)]
    log.update(withEvents(first))
    const button = log.element.querySelector('button.event') as HTMLButtonElement
    log.update(withEvents([...first, outburst(30)]))
    button.click()
    expect(highlighted).toEqual([10])
    log.update({ ...withEvents([...first, outburst(30)]), highlightTick: 10 })
    expect(button.getAttribute('aria-pressed')).toBe('true')
  })

  it('moves an event between its group and the main list as the filter changes', () => {
    const { log } = setup()
    log.update(withEvents([outburst(10), attack(20)]))
    const filter = log.element.querySelector('#event-filter') as HTMLSelectElement
    const mainButtons = () =>
      [...log.element.querySelectorAll(':scope > ol.event-list > li > button.event')].map((b) =>
        b.getAttribute('data-kind'),
      )
    expect(mainButtons()).toEqual(['outburst'])
    expect(log.element.querySelectorAll('details.event-group button.event')).toHaveLength(1)
    filter.value = ''
    filter.dispatchEvent(new Event('change'))
    expect(mainButtons()).toEqual(['spoiler-attack', 'outburst'])
    expect(log.element.querySelectorAll('details.event-group')).toHaveLength(0)
    filter.value = 'key'
    filter.dispatchEvent(new Event('change'))
    expect(mainButtons()).toEqual(['outburst'])
    expect(log.element.querySelectorAll('details.event-group button.event')).toHaveLength(1)
  })
})
