// A switch for a yes/no parameter.
import { h } from '../../dom.ts'
import type { Widget, WidgetContext } from './widget.ts'

export function toggleWidget(context: WidgetContext): Widget {
  const box = h('input', {
    id: context.id,
    type: 'checkbox',
    role: 'switch',
    'aria-describedby': context.described,
  })
  box.addEventListener('change', () => context.apply(() => ({ ok: true, value: box.checked })))
  return {
    controls: [box],
    show(value) {
      box.checked = value === true
    },
  }
}
