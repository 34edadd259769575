// A range slider beside a bounded parameter's number or text field: dragging writes the field,
// letting go applies it, and the field stays the one source of the value.
import { h } from '../../dom.ts'
import { niceStep, type Read, type WidgetContext } from './widget.ts'

export interface Slider {
  element: HTMLInputElement
  show(value: unknown): void
}

export function slider(
  context: WidgetContext,
  field: HTMLInputElement | HTMLTextAreaElement,
  read: Read,
): Slider {
  const { info } = context
  const element = h('input', {
    type: 'range',
    min: info.min,
    max: info.max,
    step: niceStep(info),
    'aria-label': `${info.label ?? info.path} slider`,
    'aria-describedby': context.described,
  })
  element.addEventListener('input', () => {
    field.value = element.value
  })
  element.addEventListener('change', () => context.apply(read))
  return {
    element,
    show(value) {
      // A schedule that is not a plain number (points, an expression) has no place on a slider.
      element.disabled = typeof value !== 'number'
      if (typeof value === 'number') element.value = String(value)
    },
  }
}
