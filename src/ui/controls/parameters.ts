// The parameter panel, generated from the scenario schema: one field per parameter with its label,
// one-line meaning, unit and range; sliders for bounded numbers, selects for enums, toggles for
// booleans and text for schedules and expressions; grouped by the schema's sections. A change
// applies to the run being edited from its next tick, except for start-only parameters (applied on
// reset) and the world (changing it restarts the run).
import {
  listParameters,
  type ParameterInfo,
  type ScenarioKind,
  scenarioKinds,
} from '../../scenario/schema.ts'
import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { fill, h, uid } from '../dom.ts'

/** Set elsewhere (the seed field) or not parameters of a run. */
const HIDDEN = new Set(['name', 'description', 'seed'])

type Read = () => { ok: true; value: unknown } | { ok: false; message: string }

interface Field {
  info: ParameterInfo
  element: HTMLElement
  show(value: unknown): void
  problem: HTMLElement
}

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

export function valueAt(root: unknown, path: string): unknown {
  let value = root
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
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

const niceStep = (info: ParameterInfo) => {
  if (info.type === 'integer') return 1
  const span = (info.max ?? 1) - (info.min ?? 0)
  return span <= 1 ? 0.01 : span <= 10 ? 0.1 : 1
}

/** The section a parameter belongs to: its path without the last key. */
const sectionOf = (path: string) => path.split('.').slice(0, -1).join('.')

function sectionMeta(kind: ScenarioKind, section: string): { label: string; description?: string } {
  let spec: unknown = scenarioKinds[kind]
  for (const key of section.split('.')) {
    const shape = (spec as { shape?: Record<string, unknown> } | undefined)?.shape
    spec = shape?.[key]
  }
  const meta = (spec as { meta?: { label?: string; description?: string } } | undefined)?.meta
  const fallback = section === '' ? 'Run' : section.split('.').pop()!
  return {
    label: meta?.label ?? fallback[0].toUpperCase() + fallback.slice(1),
    description: meta?.description,
  }
}

export function createParameterPanel(controller: Controller) {
  const heading = h('h2', { id: 'parameters-heading' }, 'Parameters')
  const target = h('div', { class: 'edit-target', role: 'radiogroup', 'aria-label': 'Run to edit' })
  const radios = (['a', 'b'] as const).map((run) => {
    const input = h('input', { type: 'radio', name: 'edit-target', value: run, id: `edit-${run}` })
    input.addEventListener('change', () => input.checked && controller.setEditing(run))
    target.append(h('label', { for: input.id }, input, ` Run ${run.toUpperCase()}`))
    return input
  })
  const note = h('p', { class: 'panel-note' })
  const body = h('div', { class: 'parameter-sections' })
  const general = h('ul', { class: 'problem', role: 'alert', hidden: true })
  const element = h(
    'section',
    { class: 'parameters', 'aria-labelledby': heading.id },
    heading,
    target,
    note,
    general,
    body,
  )
  let kind: string | undefined
  let fields: Field[] = []

  function apply(path: string, read: Read, problem: HTMLElement) {
    const result = read()
    if (!result.ok) {
      problem.textContent = result.message
      problem.hidden = false
      return
    }
    const state = currentState
    if (!state) return
    void controller.setParameter(state.editing, path, result.value)
  }

  let currentState: AppState | undefined

  function field(info: ParameterInfo): Field {
    const id = uid('param')
    const descriptionId = `${id}-meaning`
    const problem = h('p', { class: 'problem', id: `${id}-problem`, role: 'alert', hidden: true })
    const unit = [info.unit, rangeText(info)].filter(Boolean).join(' · ')
    const label = h('label', { for: id, class: 'param-label' }, info.label ?? info.path)
    const meaning = h(
      'p',
      { class: 'meaning', id: descriptionId, title: info.description ?? '' },
      firstSentence(info.description ?? ''),
    )
    const unitLine = unit ? h('p', { class: 'unit' }, unit) : null
    const timing = whenApplied(info)
    const timingId = `${id}-timing`
    const timingLine = timing ? h('p', { class: 'applies', id: timingId }, timing) : null
    const described = [descriptionId, timing && timingId, `${id}-problem`].filter(Boolean).join(' ')
    const controls = h('div', { class: 'param-controls' })
    let show: (value: unknown) => void
    const bounded = info.min !== undefined && info.max !== undefined

    if (info.type === 'enum') {
      const select = h('select', { id, 'aria-describedby': described })
      for (const option of info.options ?? [])
        select.append(h('option', { value: String(option) }, String(option)))
      select.addEventListener('change', () =>
        apply(info.path, () => ({ ok: true, value: select.value }), problem),
      )
      controls.append(select)
      show = (value) => {
        select.value = String(value)
      }
    } else if (info.type === 'boolean') {
      const box = h('input', { id, type: 'checkbox', role: 'switch', 'aria-describedby': described })
      box.addEventListener('change', () =>
        apply(info.path, () => ({ ok: true, value: box.checked }), problem),
      )
      controls.append(box)
      show = (value) => {
        box.checked = value === true
      }
    } else if ((info.type === 'number' || info.type === 'integer') && !info.options) {
      const number = h('input', {
        id,
        type: 'number',
        min: info.min,
        max: info.max,
        step: info.type === 'integer' ? 1 : 'any',
        'aria-describedby': described,
      })
      const slider = bounded
        ? h('input', {
            type: 'range',
            min: info.min,
            max: info.max,
            step: niceStep(info),
            'aria-label': `${info.label ?? info.path} slider`,
            'aria-describedby': described,
          })
        : null
      const read: Read = () => {
        const value = Number(number.value)
        return number.value.trim() === '' || !Number.isFinite(value)
          ? { ok: false, message: 'enter a number' }
          : { ok: true, value }
      }
      number.addEventListener('change', () => apply(info.path, read, problem))
      if (slider) {
        slider.addEventListener('input', () => {
          number.value = slider.value
        })
        slider.addEventListener('change', () => apply(info.path, read, problem))
        controls.append(slider)
      }
      controls.append(number)
      show = (value) => {
        if (document.activeElement !== number) number.value = String(value ?? '')
        if (slider && typeof value === 'number') slider.value = String(value)
      }
    } else if ((info.type === 'number' || info.type === 'integer') && info.options) {
      // A number or one of a few words, e.g. a jail term or "life".
      const number = h('input', {
        id,
        type: 'number',
        min: info.min,
        max: info.max,
        step: info.type === 'integer' ? 1 : 'any',
        'aria-describedby': described,
      })
      const words = info.options.map((option) => {
        const box = h('input', { type: 'checkbox', id: uid('param-word') })
        return { option, box, label: h('label', { for: box.id, class: 'word' }, box, ` ${String(option)}`) }
      })
      const read: Read = () => {
        const word = words.find((w) => w.box.checked)
        if (word) return { ok: true, value: word.option }
        const value = Number(number.value)
        return Number.isFinite(value) && number.value.trim() !== ''
          ? { ok: true, value }
          : { ok: false, message: 'enter a number' }
      }
      number.addEventListener('change', () => apply(info.path, read, problem))
      for (const word of words)
        word.box.addEventListener('change', () => {
          for (const other of words) if (other !== word) other.box.checked = false
          number.disabled = word.box.checked
          apply(info.path, read, problem)
        })
      controls.append(number, ...words.map((w) => w.label))
      show = (value) => {
        for (const word of words) word.box.checked = value === word.option
        number.disabled = words.some((w) => w.box.checked)
        if (typeof value === 'number' && document.activeElement !== number) number.value = String(value)
      }
    } else {
      // Schedules, expressions, strings and structured values: typed as text (JSON where it parses).
      const structured = info.type === 'array' || info.type === 'record' || info.type === 'json'
      const text = structured
        ? h('textarea', { id, rows: 3, spellcheck: 'false', 'aria-describedby': described })
        : h('input', { id, type: 'text', spellcheck: 'false', 'aria-describedby': described })
      const slider =
        info.type === 'schedule' && bounded
          ? h('input', {
              type: 'range',
              min: info.min,
              max: info.max,
              step: niceStep(info),
              'aria-label': `${info.label ?? info.path} slider`,
              'aria-describedby': described,
            })
          : null
      const read: Read = () => {
        if (!structured)
          return { ok: true, value: info.type === 'schedule' ? readLoose(text.value) : text.value }
        try {
          return { ok: true, value: JSON.parse(text.value) }
        } catch {
          return { ok: false, message: 'not valid JSON' }
        }
      }
      text.addEventListener('change', () => apply(info.path, read, problem))
      if (slider) {
        slider.addEventListener('input', () => {
          text.value = slider.value
        })
        slider.addEventListener('change', () => apply(info.path, read, problem))
        controls.append(slider)
      }
      controls.append(text)
      show = (value) => {
        if (document.activeElement !== text)
          text.value = structured ? (JSON.stringify(value, null, 1) ?? '') : showLoose(value)
        if (slider) {
          slider.disabled = typeof value !== 'number'
          if (typeof value === 'number') slider.value = String(value)
        }
      }
    }
    const element = h(
      'div',
      { class: 'param', 'data-path': info.path, 'data-start-only': info.startOnly === true },
      label,
      meaning,
      unitLine,
      timingLine,
      controls,
      problem,
    )
    return { info, element, show, problem }
  }

  function build(newKind: string) {
    kind = newKind
    fields = []
    if (!Object.hasOwn(scenarioKinds, newKind)) {
      fill(body, h('p', {}, `No parameter panel for scenarios of kind "${newKind}".`))
      return
    }
    const parameters = listParameters(newKind as ScenarioKind).filter((info) => !HIDDEN.has(info.path))
    const sections = new Map<string, ParameterInfo[]>()
    for (const info of parameters) {
      const section = sectionOf(info.path)
      sections.set(section, [...(sections.get(section) ?? []), info])
    }
    const groups = [...sections].map(([section, infos]) => {
      const meta = sectionMeta(newKind as ScenarioKind, section)
      const depth = section === '' ? 0 : section.split('.').length - 1
      const built = infos.map(field)
      fields.push(...built)
      const legend = h('summary', {}, meta.label)
      const details = h(
        'details',
        {
          class: `section depth-${depth}`,
          'data-section': section,
          open: section !== 'world' && section !== 'rules' && section !== '',
        },
        legend,
      )
      if (meta.description) details.append(h('p', { class: 'section-meaning' }, meta.description))
      details.append(...built.map((f) => f.element))
      return details
    })
    fill(body, ...groups)
  }

  function update(state: AppState, previous: Partial<AppState>) {
    currentState = state
    const sourceKind = state.source?.kind
    if (sourceKind && sourceKind !== kind) build(sourceKind)
    radios[1].disabled = state.b === null
    radios[0].checked = state.editing === 'a'
    radios[1].checked = state.editing === 'b'
    target.hidden = state.b === null
    const run = state.editing === 'b' && state.b ? state.b : state.a
    const except = fields.some((f) => f.info.startOnly) ? ', except those marked “applies on reset”' : ''
    note.textContent = state.b
      ? `Editing run ${state.editing.toUpperCase()}. Changes apply from the next tick${except}; the world section restarts run A.`
      : `Changes apply from the next tick${except}. Changing the world restarts the run.`
    const previousRun = previous.editing === 'b' ? previous.b : previous.a
    if (run && (run.scenario !== previousRun?.scenario || state.paramProblems !== previous.paramProblems)) {
      const known = new Set(fields.map((f) => f.info.path))
      const other = Object.entries(state.paramProblems).filter(([path]) => !known.has(path))
      general.hidden = other.length === 0
      fill(general, ...other.map(([path, message]) => h('li', {}, `${path}: ${message}`)))
      for (const f of fields) {
        f.show(valueAt(run.scenario, f.info.path))
        const message = state.paramProblems[f.info.path]
        f.problem.hidden = message === undefined
        f.problem.textContent = message ?? ''
        f.element.classList.toggle('invalid', message !== undefined)
      }
    }
  }

  return { element, update }
}
