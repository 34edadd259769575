// A number field for a numeric parameter, with a slider when it is bounded, or with checkboxes
// for the few words it also accepts (e.g. a jail term of "life").
import { h, uid } from '../../dom.ts'
import { slider } from './slider.ts'
import { isBounded, type Read, type Widget, type WidgetContext } from './widget.ts'

export function numberWidget(context: WidgetContext): Widget {
  const { info, id, described } = context
  const number = h('input', {
    id,
    type: 'number',
    min: info.min,
    max: info.max,
    step: info.type === 'integer' ? 1 : 'any',
    'aria-describedby': described,
  })
  const words = (info.options ?? []).map((option) => {
    const box = h('input', { type: 'checkbox', id: uid('param-word') })
    return { option, box, label: h('label', { for: box.id, class: 'word' }, box, ` ${String(option)}`) }
  })
  const read: Read = () => {
    const word = words.find((w) => w.box.checked)
    if (word) return { ok: true, value: word.option }
    const value = Number(number.value)
    return number.value.trim() !== '' && Number.isFinite(value)
      ? { ok: true, value }
      : { ok: false, message: 'enter a number' }
  }
  number.addEventListener('change', () => context.apply(read))
  for (const word of words)
    word.box.addEventListener('change', () => {
      for (const other of words) if (other !== word) other.box.checked = false
      number.disabled = word.box.checked
      context.apply(read)
    })
  const range = words.length === 0 && isBounded(info) ? slider(context, number, read) : null
  return {
    controls: [...(range ? [range.element] : []), number, ...words.map((w) => w.label)],
    show(value) {
      for (const word of words) word.box.checked = value === word.option
      number.disabled = words.some((w) => w.box.checked)
      if (document.activeElement !== number && (typeof value === 'number' || words.length === 0))
        number.value = String(value ?? '')
      if (range && typeof value === 'number') range.show(value)
    },
  }
}
