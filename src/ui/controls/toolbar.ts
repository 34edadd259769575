// The controls along the top: scenario, open file, preset, seed, play/pause/step/reset, speed,
// branch, ensemble, presenter mode, share and help. Every one is a real button, select or input.
import type { Controller } from '../app/controller.ts'
import { LESSONS } from '../app/lessons.ts'
import { LIBRARY } from '../app/library.ts'
import { type AppState, SPEEDS } from '../app/state.ts'
import { fill, h } from '../dom.ts'

const speedLabel = (speed: number) => (speed === 0 ? 'as fast as possible' : `${speed} ticks/s`)

export function createToolbar(
  controller: Controller,
  actions: { openEnsemble: () => void; openExperiment: () => void },
) {
  const scenario = h('select', { id: 'scenario', 'aria-label': 'Scenario' })
  for (const entry of LIBRARY) scenario.append(h('option', { value: entry.id }, entry.name))
  scenario.addEventListener('change', () => void controller.chooseScenario(scenario.value))

  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'open-file-input',
    hidden: true,
    tabindex: -1,
  })
  file.addEventListener('change', () => {
    const chosen = file.files?.[0]
    if (chosen) void controller.openFile(chosen)
    file.value = ''
  })
  const openFile = h('button', { type: 'button', id: 'open-file' }, 'Open file…')
  openFile.addEventListener('click', () => file.click())

  const lesson = h(
    'select',
    { id: 'lesson-choice', 'aria-label': 'Lesson' },
    h('option', { value: '' }, '(choose a lesson)'),
    ...LESSONS.map((entry) => h('option', { value: entry.id }, entry.title)),
  )
  lesson.addEventListener('change', () => {
    if (lesson.value) controller.chooseLesson(lesson.value)
  })

  const preset = h('select', { id: 'preset', 'aria-label': 'Preset' })
  preset.addEventListener(
    'change',
    () => void controller.choosePreset(preset.value === '' ? undefined : preset.value),
  )

  const seed = h('input', {
    id: 'seed',
    type: 'number',
    min: 0,
    step: 1,
    inputmode: 'numeric',
    class: 'seed',
  })
  seed.addEventListener('change', () => void controller.setSeed(Number(seed.value)))
  const newSeed = h('button', { type: 'button', id: 'new-seed' }, 'New seed')
  newSeed.addEventListener('click', () => void controller.setSeed(Math.floor(Math.random() * 1_000_000)))

  const play = h(
    'button',
    { type: 'button', id: 'play', class: 'primary', 'aria-keyshortcuts': 'Space' },
    'Play',
  )
  play.addEventListener('click', () =>
    play.getAttribute('aria-pressed') === 'true' ? controller.pause() : controller.play(),
  )
  const step = h('button', { type: 'button', id: 'step', 'aria-keyshortcuts': 'ArrowRight' }, 'Step')
  step.addEventListener('click', () => void controller.step())
  const reset = h('button', { type: 'button', id: 'reset', 'aria-keyshortcuts': 'R' }, 'Reset')
  reset.addEventListener('click', () => void controller.reset())

  const speed = h('select', { id: 'speed', 'aria-label': 'Speed' })
  for (const value of SPEEDS) speed.append(h('option', { value }, speedLabel(value)))
  speed.addEventListener('change', () => controller.setSpeed(Number(speed.value)))

  const branch = h('button', { type: 'button', id: 'branch', 'aria-keyshortcuts': 'B' }, 'Branch here')
  branch.addEventListener('click', () => void controller.branch())
  const unbranch = h('button', { type: 'button', id: 'unbranch' }, 'Close B')
  unbranch.addEventListener('click', () => controller.unbranch())
  const ensemble = h('button', { type: 'button', id: 'ensemble-open' }, 'Ensemble…')
  ensemble.addEventListener('click', actions.openEnsemble)
  const experiment = h('button', { type: 'button', id: 'experiment-open' }, 'Experiment…')
  experiment.addEventListener('click', actions.openExperiment)
  const presenter = h(
    'button',
    { type: 'button', id: 'presenter', 'aria-keyshortcuts': 'P' },
    'Presenter mode',
  )
  presenter.addEventListener('click', () =>
    controller.setView(presenter.getAttribute('aria-pressed') === 'true' ? 'normal' : 'presenter'),
  )
  const units = h('button', { type: 'button', id: 'units' }, 'Real units')
  units.addEventListener('click', () => controller.toggleUnits())
  const overlay = h('button', { type: 'button', id: 'overlay' }, 'Insecurity overlay')
  overlay.addEventListener('click', () => controller.toggleOverlay())
  const share = h('button', { type: 'button', id: 'share' }, 'Share link')
  share.addEventListener('click', () => void controller.share())
  const help = h('button', { type: 'button', id: 'help', 'aria-keyshortcuts': 'Shift+?' }, '?')
  help.setAttribute('aria-label', 'Keyboard shortcuts')
  help.addEventListener('click', () => controller.toggleHelp(true))

  const tick = h('output', { id: 'tick', 'aria-live': 'off', class: 'tick' })
  const shareOut = h('input', {
    id: 'share-link',
    type: 'text',
    readonly: true,
    'aria-label': 'Share link',
    class: 'share-link',
    hidden: true,
  })

  const label = (text: string, control: HTMLElement) =>
    h('label', { class: 'field', for: control.id }, h('span', {}, text), control)

  const element = h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Simulation controls' },
    h('div', { class: 'group' }, label('Scenario', scenario), openFile, file, label('Preset', preset)),
    h('div', { class: 'group' }, label('Seed', seed), newSeed),
    h('div', { class: 'group transport' }, play, step, reset, label('Speed', speed), tick),
    h('div', { class: 'group' }, branch, unbranch, ensemble, experiment, overlay, units),
    h('div', { class: 'group' }, label('Lesson', lesson), presenter, share, shareOut, help),
  )
  let lastPresets: readonly string[] | undefined

  function update(state: AppState) {
    if (state.source?.id && scenario.value !== state.source.id) scenario.value = state.source.id
    if (state.source && !state.source.id) {
      const label = `${state.source.name} (${state.source.file ?? 'imported'})`
      let imported = scenario.querySelector<HTMLOptionElement>('option[data-imported]')
      if (!imported) {
        imported = h('option', { value: '', 'data-imported': true })
        scenario.append(imported)
      }
      imported.textContent = label
      scenario.value = ''
    }
    const presets = state.source?.presets ?? []
    if (presets !== lastPresets) {
      lastPresets = presets
      fill(
        preset,
        h('option', { value: '' }, presets.length ? '(none)' : '(no presets)'),
        ...presets.map((name) => h('option', { value: name }, name)),
      )
    }
    preset.value = state.preset ?? ''
    lesson.value = state.lesson?.id ?? ''
    preset.disabled = presets.length === 0
    if (document.activeElement !== seed) seed.value = String(state.seed)
    const ready = state.a !== null && state.busy === null
    play.textContent = state.playing ? 'Pause' : 'Play'
    play.setAttribute('aria-pressed', String(state.playing))
    for (const control of [play, step, reset, branch, newSeed, share])
      control.disabled = !ready && control !== reset
    speed.value = String(state.speed)
    tick.textContent = state.a ? `tick ${state.a.data.tick}` : ''
    branch.textContent = state.b ? 'Branch again here' : 'Branch here'
    unbranch.hidden = state.b === null
    presenter.setAttribute('aria-pressed', String(state.view === 'presenter'))
    presenter.textContent = state.view === 'presenter' ? 'Leave presenter mode' : 'Presenter mode'
    overlay.setAttribute('aria-pressed', String(state.overlay))
    units.setAttribute('aria-pressed', String(state.units === 'real'))
    overlay.hidden = state.frame?.overlay === undefined
    shareOut.hidden = state.shareLink === null
    if (state.shareLink !== null) shareOut.value = state.shareLink
  }

  return { element, update }
}
