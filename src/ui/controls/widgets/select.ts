// A select for a parameter that takes one of a few named values (a strategy, a policy).
import { h } from '../../dom.ts'
import type { Widget, WidgetContext } from './widget.ts'

export function selectWidget(context: WidgetContext): Widget {
  const select = h('select', { id: context.id, 'aria-describedby': context.described })
  for (const option of context.info.options ?? [])
    select.append(h('option', { value: String(option) }, String(option)))
  select.addEventListener('change', () => context.apply(() => ({ ok: true, value: select.value })))
  return {
    controls: [select],
    show(value) {
      select.value = String(value)
    },
  }
}
