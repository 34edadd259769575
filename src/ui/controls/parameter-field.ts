// One parameter's field in the panel: its label, one-line meaning, unit and range, when a change
// applies, the widget that fits its type, and a line for the engine's reason when it refuses one.
import type { ParameterInfo } from '../../scenario/schema.ts'
import { h, uid } from '../dom.ts'
import { numberWidget } from './widgets/number.ts'
import { scheduleWidget } from './widgets/schedule.ts'
import { selectWidget } from './widgets/select.ts'
import { toggleWidget } from './widgets/toggle.ts'
import type { Read, Widget, WidgetContext } from './widgets/widget.ts'

export interface Field {
  info: ParameterInfo
  element: HTMLElement
  show(value: unknown): void
  problem: HTMLElement
}

/** The first sentence of a description: the panel's one-line meaning. */
export const firstSentence = (text: string): string => {
  const match = /^(.+?[.!?])(\s|$)/.exec(text)
  return match ? match[1] : text
}

function rangeText(info: ParameterInfo): string {
  const parts: string[] = []
  if (info.min !== undefined && info.max !== undefined) parts.push(`${info.min} to ${info.max}`)
  else if (info.min !== undefined) parts.push(`${info.exclusiveMin ? 'above' : 'at least'} ${info.min}`)
  else if (info.max !== undefined) parts.push(`${info.exclusiveMax ? 'below' : 'at most'} ${info.max}`)
  if (info.options && info.type !== 'enum')
    parts.push(`or ${info.options.map((o) => JSON.stringify(o)).join(', ')}`)
  if (info.type === 'schedule') parts.push('a number, [[tick, value], …] points or an expression in t')
  return parts.join('; ')
}

/** When a change takes effect, if not from the next tick: the world's shape is fixed for a run's
 * life (the controller restarts the run), and start-only parameters are read only at creation. */
export function whenApplied(info: ParameterInfo): string | undefined {
  if (info.path.startsWith('world.')) return 'restarts the run'
  return info.startOnly ? 'applies on reset' : undefined
}

function widgetFor(context: WidgetContext): Widget {
  const { type } = context.info
  if (type === 'enum') return selectWidget(context)
  if (type === 'boolean') return toggleWidget(context)
  if (type === 'number' || type === 'integer') return numberWidget(context)
  return scheduleWidget(context)
}

/** A field for `info`; `apply(path, read, problem)` sends the value read to the run being edited. */
export function parameterField(
  info: ParameterInfo,
  apply: (path: string, read: Read, problem: HTMLElement) => void,
): Field {
  const id = uid('param')
  const descriptionId = `${id}-meaning`
  const problem = h('p', { class: 'problem', id: `${id}-problem`, role: 'alert', hidden: true })
  const unit = [info.unit, rangeText(info)].filter(Boolean).join(' · ')
  const timing = whenApplied(info)
  const timingId = `${id}-timing`
  const described = [descriptionId, timing && timingId, `${id}-problem`].filter(Boolean).join(' ')
  const widget = widgetFor({ info, id, described, apply: (read) => apply(info.path, read, problem) })
  const element = h(
    'div',
    { class: 'param', 'data-path': info.path, 'data-start-only': info.startOnly === true },
    h('label', { for: id, class: 'param-label' }, info.label ?? info.path),
    h(
      'p',
      { class: 'meaning', id: descriptionId, title: info.description ?? '' },
      firstSentence(info.description ?? ''),
    ),
    unit ? h('p', { class: 'unit' }, unit) : null,
    timing ? h('p', { class: 'applies', id: timingId }, timing) : null,
    h('div', { class: 'param-controls' }, ...widget.controls),
    problem,
  )
  return { info, element, show: widget.show, problem }
}
