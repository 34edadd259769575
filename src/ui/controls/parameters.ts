// The parameter panel, generated from the scenario schema: one field per parameter (see
// parameter-field.ts and widgets/), grouped by the schema's sections. A change applies to the run
// being edited from its next tick, except for start-only parameters (applied on reset) and the
// world (changing it restarts the run).
import {
  listParameters,
  type ParameterInfo,
  type ScenarioKind,
  scenarioKinds,
} from '../../scenario/schema.ts'
import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { fill, h } from '../dom.ts'
import { createExitShift } from './exit-shift.ts'
import { type Field, parameterField } from './parameter-field.ts'
import type { Read } from './widgets/widget.ts'

export { whenApplied } from './parameter-field.ts'

/** Set elsewhere (the seed field) or not parameters of a run. */
const HIDDEN = new Set(['name', 'description', 'seed'])

/** The strategy a student is asked about, first and open: how and when the mission leaves, its
 * posture, and the reform programmes. Every other section starts collapsed. */
const STRATEGY = new Set([
  'drawdown.policy',
  'drawdown.strength',
  'drawdown.exitTick',
  'peacekeepers.posture.protect',
  'peacekeepers.posture.mentor',
  'peacekeepers.posture.engage',
  'programmes.training',
  'programmes.humanRights',
  'programmes.vetting',
  'programmes.oversight',
  'programmes.ddr',
])
const STRATEGY_SECTION = '(strategy)'

export function valueAt(root: unknown, path: string): unknown {
  let value = root
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
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
  const exitShift = createExitShift(controller)
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

  function build(newKind: string) {
    kind = newKind
    fields = []
    if (!Object.hasOwn(scenarioKinds, newKind)) {
      fill(body, h('p', {}, `No parameter panel for scenarios of kind "${newKind}".`))
      return
    }
    const parameters = listParameters(newKind as ScenarioKind).filter((info) => !HIDDEN.has(info.path))
    const sections = new Map<string, ParameterInfo[]>()
    if (parameters.some((info) => STRATEGY.has(info.path))) sections.set(STRATEGY_SECTION, [])
    for (const info of parameters) {
      const section = STRATEGY.has(info.path) ? STRATEGY_SECTION : sectionOf(info.path)
      sections.set(section, [...(sections.get(section) ?? []), info])
    }
    const groups = [...sections].map(([section, infos]) => {
      const strategy = section === STRATEGY_SECTION
      const meta = strategy
        ? {
            label: 'Strategy',
            description:
              'The drawdown policy and exit date, the peacekeepers’ posture and the reform programmes.',
          }
        : sectionMeta(newKind as ScenarioKind, section)
      const depth = section === '' || strategy ? 0 : section.split('.').length - 1
      const built = infos.map((info) => parameterField(info, apply))
      fields.push(...built)
      const legend = h('summary', {}, meta.label)
      const details = h(
        'details',
        {
          class: `section depth-${depth}`,
          'data-section': section,
          open:
            strategy ||
            (!sections.has(STRATEGY_SECTION) && section !== 'world' && section !== 'rules' && section !== ''),
        },
        legend,
      )
      if (meta.description) details.append(h('p', { class: 'section-meaning' }, meta.description))
      if (strategy) details.append(exitShift.element)
      details.append(...built.map((f) => f.element))
      return details
    })
    fill(body, ...groups)
  }

  let shownControls: readonly string[] | null | undefined

  /** In a lesson, only the controls the lesson opens to students, in open sections. */
  function showOnly(controls: readonly string[] | null) {
    if (controls === shownControls) return
    shownControls = controls
    const open = controls ? new Set(controls) : null
    for (const f of fields) f.element.hidden = open !== null && !open.has(f.info.path)
    exitShift.element.classList.toggle('lesson-hidden', open !== null)
    for (const details of body.querySelectorAll<HTMLDetailsElement>('details.section')) {
      const visible = [...details.querySelectorAll<HTMLElement>('.param')].some(
        (param) => !param.hidden && !param.classList.contains('lesson-hidden'),
      )
      details.hidden = !visible
      if (open !== null && visible) details.open = true
    }
  }

  function update(state: AppState, previous: Partial<AppState>) {
    currentState = state
    const sourceKind = state.source?.kind
    if (sourceKind && sourceKind !== kind) {
      build(sourceKind)
      shownControls = undefined
    }
    exitShift.update(state)
    showOnly(state.lesson ? state.lesson.lesson.controls : null)
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
