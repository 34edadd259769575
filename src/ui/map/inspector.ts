// The map's inspector: the fields of the agent under the pointer, or of the one pinned by a click
// (followed by its id as it moves).

import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { fill, h } from '../dom.ts'

/** A field's name in words: "trustInPolice" → "trust in police", "capacityOwned" → "capacity owned". */
export const fieldWords = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bcso\b/, 'CSO')

const formatField = (value: number | string): string =>
  typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : value

export function createInspector(controller: Controller) {
  const title = h('h3', { id: 'inspector-heading' }, 'Agent')
  const body = h('dl', { class: 'fields' })
  const unpin = h('button', { type: 'button', id: 'unpin', hidden: true }, 'Unpin')
  unpin.addEventListener('click', () => controller.unpin())
  const hint = h('p', { class: 'hint' }, 'Hover over the map, or click to pin an agent.')
  const element = h(
    'section',
    { class: 'inspector', 'aria-labelledby': title.id, 'aria-live': 'polite' },
    title,
    hint,
    body,
    unpin,
  )
  let shown: AppState['inspected'] | undefined

  function update(state: AppState) {
    if (state.inspected === shown) return
    shown = state.inspected
    const agent = state.inspected
    const pinned = state.pinned
    hint.hidden = agent !== null || pinned !== null
    unpin.hidden = pinned === null
    if (!agent) {
      title.textContent = pinned ? `${pinned.kind} #${pinned.id} (pinned)` : 'Agent'
      fill(
        body,
        ...(pinned
          ? [h('dt', {}, 'where'), h('dd', {}, 'not on the map now: jailed, or no longer alive')]
          : []),
      )
      return
    }
    title.textContent = `${agent.kind} #${agent.id}${pinned ? ' (pinned)' : ''}`
    const rows: [string, string][] = [
      ['status', agent.status],
      ['cell', `${agent.x}, ${agent.y}`],
      ...Object.entries(agent.fields).map(
        ([name, value]) => [fieldWords(name), formatField(value)] as [string, string],
      ),
    ]
    fill(body, ...rows.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]))
  }

  return { element, update }
}
