// The event log: the run's recorded events in plain words, newest first; each is a button that
// marks its tick on every chart.
import type { SimEvent } from '../../engine/core/events.ts'
import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { fill, h } from '../dom.ts'
import { explainEvent } from './explain.ts'

/** The log shows this many events; older ones are counted. */
const SHOWN = 200

export function createEventLog(controller: Controller) {
  const heading = h('h2', { id: 'events-heading' }, 'What happened')
  const list = h('ol', { class: 'event-list', reversed: true })
  const empty = h('p', { class: 'empty' }, 'No notable events yet.')
  const element = h('section', { class: 'event-log', 'aria-labelledby': heading.id }, heading, empty, list)
  let shownA: readonly SimEvent[] | undefined
  let shownB: readonly SimEvent[] | undefined
  let highlighted: number | null = null

  function update(state: AppState) {
    const eventsA = state.a?.data.events ?? []
    const branchTick = state.b?.recipe.segments[0].tick ?? Number.POSITIVE_INFINITY
    const eventsB = state.b?.data.events ?? []
    if (eventsA !== shownA || eventsB !== shownB) {
      shownA = eventsA
      shownB = eventsB
      const context = { districtNames: state.frame?.districtNames }
      const all = [
        ...eventsA.map((event) => ({ event, run: state.b ? 'A' : '' })),
        ...eventsB.filter((event) => event.tick > branchTick).map((event) => ({ event, run: 'B' })),
      ].sort((x, y) => y.event.tick - x.event.tick)
      empty.hidden = all.length > 0
      fill(
        list,
        ...all.slice(0, SHOWN).map(({ event, run }) => {
          const button = h(
            'button',
            { type: 'button', class: 'event', 'data-tick': event.tick, 'data-kind': event.kind },
            `${run ? `[${run}] ` : ''}${explainEvent(event, context)}`,
          )
          button.addEventListener('click', () =>
            controller.highlight(highlighted === event.tick ? null : event.tick),
          )
          return h('li', {}, button)
        }),
        all.length > SHOWN ? h('li', { class: 'more' }, `…and ${all.length - SHOWN} earlier events`) : null,
      )
      highlighted = null
    }
    if (state.highlightTick !== highlighted) {
      highlighted = state.highlightTick
      for (const button of list.querySelectorAll<HTMLButtonElement>('button.event'))
        button.setAttribute('aria-pressed', String(Number(button.dataset.tick) === highlighted))
    }
  }

  return { element, update }
}
