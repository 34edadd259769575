// The web app's entry: builds the page, wires the controls to the controller and redraws each
// part when the state it shows changes. The engine itself loads only in workers.
import { createController } from './app/controller.ts'
import { exportName } from './app/file-name.ts'
import { createHelp } from './app/help.ts'
import { bindKeyboard } from './app/keyboard.ts'
import { INITIAL_STATE } from './app/state.ts'
import { createStore } from './app/store.ts'
import { createChartsView } from './charts/charts-view.ts'
import { createMessages } from './controls/messages.ts'
import { createParameterPanel } from './controls/parameters.ts'
import { createToolbar } from './controls/toolbar.ts'
import { download, h } from './dom.ts'
import { createEnsembleView } from './ensemble/ensemble-view.ts'
import { createEventLog } from './events/log.ts'
import { createExperimentView } from './experiment/experiment-view.ts'
import { createLessonPanel } from './lesson/lesson-panel.ts'
import { createInspector } from './map/inspector.ts'
import { createLegend } from './map/legend.ts'
import { createMap } from './map/map-view.ts'
import './styles.css'

const store = createStore(INITIAL_STATE)
const controller = createController(store)

const ensembleView = createEnsembleView(controller)
const experimentView = createExperimentView()
const toolbar = createToolbar(controller, {
  openEnsemble: () => ensembleView.open(),
  openExperiment: () => experimentView.open(),
})
const messages = createMessages(controller)
const parameters = createParameterPanel(controller)
const eventLog = createEventLog(controller)
const lessonPanel = createLessonPanel(controller)
const inspector = createInspector(controller)
const legend = createLegend()
const charts = createChartsView(controller)
const help = createHelp(controller)
const map = createMap({
  onHover: (cell) => void controller.hover(cell),
  onPick: (cell) => void controller.pick(cell),
})

const scenarioName = h('p', { class: 'scenario-name', id: 'scenario-name' })
const scenarioDescription = h('p', { class: 'scenario-description', id: 'scenario-description' })

const csvA = h('button', { type: 'button', id: 'export-csv' }, 'Export CSV (run A)')
const csvB = h('button', { type: 'button', id: 'export-csv-b', hidden: true }, 'Export CSV (run B)')
for (const [button, which] of [
  [csvA, 'a'],
  [csvB, 'b'],
] as const)
  button.addEventListener('click', () => {
    const text = controller.csv(which)
    const state = store.get()
    if (text === null || !state.a) return
    const name = `${exportName(state, `run-${which}`)}.csv`
    download(name, new Blob([text], { type: 'text/csv' }))
  })

const mapHeading = h('h2', { id: 'map-heading', class: 'visually-hidden' }, 'Map')
const page = h(
  'div',
  { class: 'app' },
  h(
    'header',
    { class: 'app-header' },
    h('div', { class: 'title' }, h('h1', {}, 'Drawdown Lab'), scenarioName),
    toolbar.element,
  ),
  lessonPanel.element,
  messages.notice,
  messages.question,
  messages.busy,
  messages.problems,
  h(
    'main',
    { class: 'layout', id: 'main' },
    h('aside', { class: 'side', 'aria-label': 'Parameters' }, scenarioDescription, parameters.element),
    h(
      'section',
      { class: 'stage', 'aria-labelledby': mapHeading.id },
      mapHeading,
      h('div', { class: 'map-frame' }, map.element),
      legend.element,
      inspector.element,
      eventLog.element,
    ),
    h(
      'section',
      { class: 'analysis', 'aria-label': 'Charts and data' },
      h('div', { class: 'data-tools' }, csvA, csvB),
      charts.element,
      ensembleView.element,
    ),
  ),
  experimentView.element,
  help.element,
)
document.body.append(page)

// Presenter mode gives the map the largest square the layout's height leaves beside the charts.
const layout = page.querySelector<HTMLElement>('.layout')!
const fitMap = () => {
  if (!document.body.classList.contains('presenter')) return
  const legendHeight = legend.element.getBoundingClientRect().height + 8
  const size = Math.max(160, Math.min(layout.clientHeight - legendHeight - 16, window.innerWidth * 0.46))
  layout.style.setProperty('--map-size', `${Math.floor(size)}px`)
}
new ResizeObserver(fitMap).observe(layout)

let enteredFullscreen = false
store.subscribe((state, previous) => {
  toolbar.update(state)
  messages.update(state, previous)
  parameters.update(state, previous)
  eventLog.update(state)
  lessonPanel.update(state)
  inspector.update(state)
  legend.update(state)
  charts.update(state)
  ensembleView.update(state)
  help.update(state)
  if (state.frame && (state.frame !== previous.frame || state.overlay !== previous.overlay))
    map.draw(state.frame, state.overlay)
  if (state.pinned !== previous.pinned || state.inspected !== previous.inspected)
    map.mark(state.pinned && state.inspected?.id === state.pinned.id ? state.inspected.cell : null)
  if (state.source !== previous.source) {
    scenarioName.textContent = state.source?.name ?? ''
    const description = (state.source?.raw as { description?: unknown } | undefined)?.description
    scenarioDescription.textContent = typeof description === 'string' ? description : ''
  }
  csvA.disabled = state.a === null
  csvB.hidden = state.b === null
  if (state.view !== previous.view) {
    document.body.classList.toggle('presenter', state.view === 'presenter')
    requestAnimationFrame(fitMap)
    if (state.view === 'presenter' && !document.fullscreenElement)
      document.documentElement
        .requestFullscreen?.()
        .then(() => {
          enteredFullscreen = true
        })
        .catch(() => undefined)
    if (state.view !== 'presenter' && document.fullscreenElement)
      void document.exitFullscreen().catch(() => undefined)
  }
  document.body.dataset.ready = String(state.a !== null && state.busy === null)
  document.body.dataset.tick = String(state.a?.data.tick ?? '')
})

document.addEventListener('fullscreenchange', () => {
  if (document.fullscreenElement || !enteredFullscreen) return
  enteredFullscreen = false
  if (store.get().view === 'presenter') controller.setView('normal')
})

// Nothing reaches the page as a stack trace: anything unexpected becomes one plain sentence.
const unexpected = (error: unknown) =>
  store.update((state) => ({
    ...state,
    playing: false,
    notice: {
      kind: 'error',
      text: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
    },
  }))
window.addEventListener('error', (event) => unexpected(event.error ?? event.message))
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  unexpected(event.reason)
})

bindKeyboard(controller, store)
void controller.boot()
