// The shortcut help, a modal dialog opened with "?" or the ? button.
import { h } from '../dom.ts'
import type { Controller } from './controller.ts'
import { SHORTCUTS } from './keyboard.ts'
import type { AppState } from './state.ts'

export function createHelp(controller: Controller) {
  const heading = h('h2', { id: 'help-heading' }, 'Keyboard shortcuts')
  const close = h('button', { type: 'button', id: 'help-close' }, 'Close')
  const dialog = h(
    'dialog',
    { id: 'help-dialog', 'aria-labelledby': heading.id },
    heading,
    h(
      'dl',
      { class: 'shortcuts' },
      ...SHORTCUTS.flatMap(([key, meaning]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, meaning)]),
    ),
    h(
      'p',
      {},
      'Tab moves through every control. On the map, arrow keys move the inspection cursor and Enter pins the agent.',
    ),
    close,
  )
  close.addEventListener('click', () => controller.toggleHelp(false))
  dialog.addEventListener('close', () => controller.toggleHelp(false))

  function update(state: AppState) {
    if (state.helpOpen && !dialog.open) dialog.showModal()
    if (!state.helpOpen && dialog.open) dialog.close()
  }
  return { element: dialog, update }
}
