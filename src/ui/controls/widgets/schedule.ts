// Text for schedules, expressions, strings and structured values: a schedule is read as JSON when
// it parses (a number or [[tick, value], …] points) and as an expression in t otherwise; arrays
// and records are edited as JSON. A bounded schedule also gets a slider for its plain-number form.
import { h } from '../../dom.ts'
import { slider } from './slider.ts'
import { isBounded, type Read, type Widget, type WidgetContext } from './widget.ts'

/** A schedule or JSON value as the user typed it: JSON when it parses, text otherwise (an expression). */
export function readLoose(text: string): unknown {
  const trimmed = text.trim()
  try {
    return JSON.parse(trimmed)
  } catch {
    return trimmed
  }
}

/** A value in a text field: numbers and strings as they are, anything else as JSON. */
export const showLoose = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)

export function scheduleWidget(context: WidgetContext): Widget {
  const { info, id, described } = context
  const structured = info.type === 'array' || info.type === 'record' || info.type === 'json'
  const text = structured
    ? h('textarea', { id, rows: 3, spellcheck: 'false', 'aria-describedby': described })
    : h('input', { id, type: 'text', spellcheck: 'false', 'aria-describedby': described })
  const read: Read = () => {
    if (!structured) return { ok: true, value: info.type === 'schedule' ? readLoose(text.value) : text.value }
    try {
      return { ok: true, value: JSON.parse(text.value) }
    } catch {
      return { ok: false, message: 'not valid JSON' }
    }
  }
  text.addEventListener('change', () => context.apply(read))
  const range = info.type === 'schedule' && isBounded(info) ? slider(context, text, read) : null
  return {
    controls: [...(range ? [range.element] : []), text],
    show(value) {
      if (document.activeElement !== text)
        text.value = structured ? (JSON.stringify(value, null, 1) ?? '') : showLoose(value)
      range?.show(value)
    },
  }
}
