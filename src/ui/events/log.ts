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
  const filter = h('select', { id: 'event-filter' }, h('option', { value: '' }, 'all events'))
  const element = h(
    'section',
    { class: 'event-log', 'aria-labelledby': heading.id },
    heading,
    h('label', { for: filter.id, class: 'field inline' }, 'Show ', filter),
    empty,
    list,
  )
  let kinds = ''
  filter.addEventListener('change', () => {
    shownA = undefined
    if (latest) update(latest)
  })
  let latest: AppState | undefined
  let shownA: readonly SimEvent[] | undefined
  let shownB: readonly SimEvent[] | undefined
  let highlighted: number | null = null

  function update(state: AppState) {
    latest = state
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
      const present = [...new Set(all.map(({ event }) => event.kind))].sort()
      if (present.join() !== kinds) {
        kinds = present.join()
        const chosen = filter.value
        fill(
          filter,
          h('option', { value: '' }, 'all events'),
          ...present.map((kind) => h('option', { value: kind }, kind.replaceAll('-', ' '))),
        )
        filter.value = (present as string[]).includes(chosen) ? chosen : ''
      }
      const shown = filter.value === '' ? all : all.filter(({ event }) => event.kind === filter.value)
      empty.hidden = shown.length > 0
      fill(
        list,
        ...shown.slice(0, SHOWN).map(({ event, run }) => {
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
        shown.length > SHOWN
          ? h('li', { class: 'more' }, `…and ${shown.length - SHOWN} earlier events`)
          : null,
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
