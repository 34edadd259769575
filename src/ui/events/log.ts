// The event log: the few events that change a run's course (handovers, exit, relapse, shocks,
// drawdown phases; outbursts and extinctions in Epstein's models) listed newest first, and every
// other event grouped by kind and district with its count. Each event is a button that marks its
// tick on every chart.
import type { SimEvent } from '../../engine/core/events.ts'
import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { fill, h } from '../dom.ts'
import { explainEvent, PHASE_KINDS } from './explain.ts'

/** The kinds listed one by one by default: the turning points a class should not miss. */
export const KEY_KINDS: ReadonlySet<string> = new Set([...PHASE_KINDS, 'outburst', 'extinction'])

/** A group lists at most this many of its events. */
const SHOWN_PER_GROUP = 50

interface Entry {
  event: SimEvent
  run: string
}

/** Entries grouped by run, kind and district, biggest group first. */
export function groupEvents(entries: readonly Entry[]): { key: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const key = `${entry.run}|${entry.event.kind}|${entry.event.district ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups]
    .map(([key, list]) => ({ key, entries: list }))
    .sort((x, y) => y.entries.length - x.entries.length)
}

export function createEventLog(controller: Controller) {
  const heading = h('h2', { id: 'events-heading' }, 'What happened')
  const list = h('ol', { class: 'event-list', reversed: true })
  const groupsHeading = h('h3', { id: 'event-groups-heading', class: 'event-groups-heading' }, 'Other events')
  const groups = h('ul', { class: 'event-groups', 'aria-labelledby': groupsHeading.id })
  const empty = h('p', { class: 'empty' }, 'No turning points yet.')
  const filter = h(
    'select',
    { id: 'event-filter' },
    h('option', { value: 'key' }, 'key events'),
    h('option', { value: '' }, 'every event'),
  )
  const element = h(
    'section',
    { class: 'event-log', 'aria-labelledby': heading.id },
    heading,
    h('label', { for: filter.id, class: 'field inline' }, 'Show ', filter),
    empty,
    list,
    groupsHeading,
    groups,
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

  const eventButton = ({ event, run }: Entry, context: { districtNames?: readonly string[] }) => {
    const button = h(
      'button',
      { type: 'button', class: 'event', 'data-tick': event.tick, 'data-kind': event.kind },
      `${run ? `[${run}] ` : ''}${explainEvent(event, context)}`,
    )
    button.addEventListener('click', () =>
      controller.highlight(highlighted === event.tick ? null : event.tick),
    )
    return button
  }

  // Items and groups already on the page are kept, not rebuilt, when more events arrive: a button
  // replaced while a run plays loses the click a student is making on it, and a rebuilt group
  // would close under the reader.
  // An event sits in the main list or in its group, never both, so another filter only moves its item.
  const items = new WeakMap<SimEvent, { run: string; item: HTMLElement }>()
  const itemFor = (entry: Entry, context: { districtNames?: readonly string[] }) => {
    const known = items.get(entry.event)
    if (known && known.run === entry.run) return known.item
    const item = h('li', {}, eventButton(entry, context))
    items.set(entry.event, { run: entry.run, item })
    return item
  }
  const groupElements = new Map<string, { summary: HTMLElement; inner: HTMLElement; item: HTMLElement }>()

  function update(state: AppState) {
    latest = state
    const eventsA = state.a?.data.events ?? []
    const branchTick = state.b?.recipe.segments[0].tick ?? Number.POSITIVE_INFINITY
    const eventsB = state.b?.data.events ?? []
    if (eventsA !== shownA || eventsB !== shownB) {
      shownA = eventsA
      shownB = eventsB
      const context = { districtNames: state.frame?.districtNames }
      const all: Entry[] = [
        ...eventsA.map((event) => ({ event, run: state.b ? 'A' : '' })),
        ...eventsB.filter((event) => event.tick > branchTick).map((event) => ({ event, run: 'B' })),
      ].sort((x, y) => y.event.tick - x.event.tick)
      const present = [...new Set(all.map(({ event }) => event.kind))].sort()
      if (present.join() !== kinds) {
        kinds = present.join()
        const chosen = filter.value
        fill(
          filter,
          h('option', { value: 'key' }, 'key events'),
          h('option', { value: '' }, 'every event'),
          ...present.map((kind) => h('option', { value: kind }, kind.replaceAll('-', ' '))),
        )
        filter.value =
          chosen === 'key' || chosen === '' || (present as string[]).includes(chosen) ? chosen : 'key'
      }
      const mode = filter.value
      const listed =
        mode === 'key'
          ? all.filter(({ event }) => KEY_KINDS.has(event.kind))
          : mode === ''
            ? all
            : all.filter(({ event }) => event.kind === mode)
      const rest = mode === 'key' ? all.filter(({ event }) => !KEY_KINDS.has(event.kind)) : []
      empty.hidden = listed.length > 0
      empty.textContent = mode === 'key' ? 'No turning points yet.' : 'No events of this kind yet.'
      fill(list, ...listed.slice(0, 200).map((entry) => itemFor(entry, context)))
      groupsHeading.hidden = rest.length === 0
      const shownGroups = groupEvents(rest).map(({ key, entries }) => {
        const first = entries[0]
        const where =
          first.event.district === null
            ? ''
            : ` in ${context.districtNames?.[first.event.district] ?? `district ${first.event.district + 1}`}`
        const ticks = entries.map((entry) => entry.event.tick)
        let group = groupElements.get(key)
        if (!group) {
          const summary = h('summary', {})
          const inner = h('ol', { class: 'event-list', reversed: true })
          const item = h(
            'li',
            {},
            h('details', { class: 'event-group', 'data-kind': first.event.kind }, summary, inner),
          )
          group = { summary, inner, item }
          groupElements.set(key, group)
        }
        group.summary.textContent = `${first.run ? `[${first.run}] ` : ''}${first.event.kind.replaceAll('-', ' ')}${where}: ${entries.length} × (ticks ${Math.min(...ticks)}–${Math.max(...ticks)})`
        fill(group.inner, ...entries.slice(0, SHOWN_PER_GROUP).map((entry) => itemFor(entry, context)))
        return group.item
      })
      fill(groups, ...shownGroups)
      highlighted = null
    }
    if (state.highlightTick !== highlighted) {
      highlighted = state.highlightTick
      for (const button of element.querySelectorAll<HTMLButtonElement>('button.event'))
        button.setAttribute('aria-pressed', String(Number(button.dataset.tick) === highlighted))
    }
  }

  return { element, update }
}
