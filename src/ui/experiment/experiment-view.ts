// The Experiment view: run an experiment from the library or from disk in a pool of engine
// workers (progress, cancel), or open a results folder written by `drawdown batch`; then the
// analysis (tables with intervals, the frontier over two chosen factors, the CLI's figures) and
// the results files as downloads, named after the experiment, the same bytes as the CLI writes.
import type { AnalysisReply, PlanInfo, ResultFile, SeriesFormat } from '../../../workers/experiment-api.ts'
import { ensembleWorkers, isAbortError } from '../../bridge/browser.ts'
import type { BatchProgress } from '../../experiment/progress.ts'
import { download, fill, h } from '../dom.ts'
import { analysisTables } from './analysis-tables.ts'
import { type ChosenFile, experimentFiles, resultsFiles } from './chosen-files.ts'
import { EXPERIMENTS, libraryFiles } from './experiment-library.ts'
import { experimentWorker } from './experiment-worker.ts'
import { frontierChart } from './frontier-chart.ts'
import { expandIn, resultFileName, runExperiment } from './run-experiment.ts'
import { progressWords } from './words.ts'

/** What the view shows; replaced as a whole on every change. */
export interface ExperimentViewState {
  status: 'idle' | 'expanding' | 'running' | 'done' | 'cancelled' | 'failed'
  /** The experiment (or results folder) name: downloads carry it. */
  name: string
  plan: PlanInfo | null
  progress: BatchProgress | null
  problems: string[]
  files: ResultFile[]
  analysis: AnalysisReply | null
  /** runs.csv and manifest.json as text, for a new analysis by other factors. */
  source: { runs: ChosenFile; manifest: ChosenFile } | null
}

export const IDLE: ExperimentViewState = {
  status: 'idle',
  name: '',
  plan: null,
  progress: null,
  problems: [],
  files: [],
  analysis: null,
  source: null,
}

/** How often progress redraws at most: one DOM update per interval, however fast runs finish. */
const PROGRESS_INTERVAL_MS = 150

const readChosen = async (list: FileList | null): Promise<ChosenFile[]> =>
  Promise.all(
    [...(list ?? [])].map(async (file) => ({
      path: file.webkitRelativePath || file.name,
      text: await file.text(),
    })),
  )

const decoder = new TextDecoder()

/** Yields to the page: what follows runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
/** After the next frame has been drawn: each figure then costs its own frame's layout, rather
 * than several landing in one frame that runs past the 50 ms budget. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

export function createExperimentView() {
  const choice = h(
    'select',
    { id: 'experiment-choice' },
    ...EXPERIMENTS.map((entry) => h('option', { value: entry.path }, entry.id)),
  )
  const workers = h('input', {
    id: 'experiment-workers',
    type: 'number',
    min: 1,
    max: 16,
    step: 1,
    value: ensembleWorkers(),
  })
  const format = h(
    'select',
    { id: 'experiment-format' },
    h('option', { value: 'both' }, 'CSV and Parquet'),
    h('option', { value: 'csv' }, 'CSV'),
    h('option', { value: 'parquet' }, 'Parquet'),
    h('option', { value: 'none' }, 'none (runs.csv only)'),
  )
  const run = h('button', { type: 'button', id: 'experiment-run', class: 'primary' }, 'Run experiment')
  const cancel = h('button', { type: 'button', id: 'experiment-cancel', hidden: true }, 'Cancel')
  const fromDisk = h('input', {
    id: 'experiment-file',
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
  })
  const folder = h('input', { id: 'experiment-folder', type: 'file', webkitdirectory: true, multiple: true })
  const resultFiles = h('input', {
    id: 'experiment-results',
    type: 'file',
    accept: '.csv,.json',
    multiple: true,
  })
  const progress = h('progress', {
    id: 'experiment-progress',
    max: 1,
    value: 0,
    hidden: true,
    'aria-label': 'Experiment progress',
  })
  const status = h('p', { class: 'status', id: 'experiment-status', role: 'status' })
  const problems = h('ul', { class: 'experiment-problems', id: 'experiment-problems', role: 'alert' })
  const downloads = h('div', { class: 'experiment-downloads', id: 'experiment-downloads' })
  const frontierX = h('select', { id: 'frontier-x' })
  const frontierY = h('select', { id: 'frontier-y' })
  const frontierControls = h(
    'div',
    { class: 'experiment-form', hidden: true },
    h('label', { for: frontierX.id }, 'Frontier across ', frontierX),
    h('label', { for: frontierY.id }, 'and ', frontierY),
  )
  const frontier = h('div', { class: 'frontier', id: 'experiment-frontier' })
  const figures = h('div', { class: 'experiment-figures', id: 'experiment-figures' })
  const tables = h('div', { class: 'experiment-tables', id: 'experiment-tables' })
  const heading = h('h3', { id: 'experiment-analysis-heading' }, 'Analysis')
  const analysis = h(
    'section',
    { class: 'experiment-analysis', id: 'experiment-analysis', 'aria-labelledby': heading.id, hidden: true },
    heading,
    frontierControls,
    frontier,
    tables,
    figures,
  )
  const element = h(
    'details',
    { class: 'experiment', id: 'experiment' },
    h('summary', {}, 'Experiment: batch runs and their analysis'),
    h(
      'div',
      { class: 'experiment-sources' },
      h(
        'fieldset',
        {},
        h('legend', {}, 'Run an experiment'),
        h(
          'div',
          { class: 'experiment-form' },
          h('label', { for: choice.id }, 'From the library ', choice),
          h('label', { for: workers.id }, 'Workers ', workers),
          h('label', { for: format.id }, 'Series ', format),
          run,
          cancel,
        ),
        h(
          'div',
          { class: 'experiment-form' },
          h('label', { for: fromDisk.id }, 'Or from disk (with any scenario files it names) ', fromDisk),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Open results of drawdown batch'),
        h(
          'div',
          { class: 'experiment-form' },
          h('label', { for: folder.id }, 'A results folder ', folder),
          h('label', { for: resultFiles.id }, 'or its runs.csv and manifest.json ', resultFiles),
        ),
      ),
    ),
    progress,
    status,
    problems,
    downloads,
    analysis,
  )

  let state = IDLE
  let controller: AbortController | undefined
  let progressScheduled = false
  let pendingProgress: BatchProgress | null = null

  const set = (next: ExperimentViewState) => {
    const previous = state
    state = next
    render(next, previous)
  }

  function render(next: ExperimentViewState, previous: ExperimentViewState) {
    const busy = next.status === 'running' || next.status === 'expanding'
    run.disabled = busy
    fromDisk.disabled = busy
    folder.disabled = busy
    resultFiles.disabled = busy
    cancel.hidden = !busy
    progress.hidden = next.progress === null
    if (next.progress) {
      progress.max = Math.max(1, next.progress.total)
      progress.value = next.progress.done
    }
    status.textContent = statusWords(next)
    if (next.problems !== previous.problems) fill(problems, ...next.problems.map((line) => h('li', {}, line)))
    if (next.files !== previous.files || next.analysis !== previous.analysis) renderDownloads(next)
    if (next.analysis !== previous.analysis) {
      delete element.dataset.drawn
      void renderAnalysis(next)
    }
  }

  function statusWords(next: ExperimentViewState): string {
    const what = next.name ? `${next.name}: ` : ''
    if (next.status === 'expanding') return `${what}expanding the experiment…`
    if (next.status === 'running' && next.progress) return `${what}${progressWords(next.progress)}`
    if (next.status === 'running') return `${what}starting ${next.plan?.runs ?? ''} runs…`
    if (next.status === 'cancelled')
      return `${what}cancelled${next.progress ? ` after ${next.progress.done} of ${next.progress.total} runs` : ''}.`
    if (next.status === 'failed') return `${what}could not be used; see below.`
    if (next.status === 'done' && next.progress) return `${what}done. ${progressWords(next.progress)}`
    if (next.status === 'done') return `${what}${next.analysis?.summary.runs ?? 0} runs analysed.`
    return ''
  }

  function renderDownloads(next: ExperimentViewState) {
    const all = [...next.files, ...(next.analysis?.files ?? [])]
    const svg = next.analysis?.figures ?? []
    const button = (name: string, blob: () => Blob) => {
      const id = `experiment-download-${name.replace(/[^A-Za-z0-9]+/g, '-')}`
      const element = h('button', { type: 'button', id, 'data-file': name }, name)
      element.addEventListener('click', () => download(resultFileName(next.name, { name }), blob()))
      return element
    }
    const buttons = [
      ...all.map((file) =>
        button(
          file.name,
          () => new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: mimeOf(file.name) }),
        ),
      ),
      ...svg.map((figure) => button(figure.name, () => new Blob([figure.svg], { type: 'image/svg+xml' }))),
    ]
    fill(
      downloads,
      ...(buttons.length > 0 ? [h('span', { class: 'downloads-label' }, 'Download'), ...buttons] : []),
    )
  }

  const fontSize = () => (document.body.classList.contains('presenter') ? 20 : 12)

  /**
   * Draws the analysis a part per task (heading and frontier, tables, then each figure), so no
   * single task of the page is long; a newer analysis arriving meanwhile stops the older one.
   */
  async function renderAnalysis(next: ExperimentViewState) {
    const reply = next.analysis
    analysis.hidden = reply === null
    if (reply === null) return
    const stale = () => state.analysis !== reply
    const { summary } = reply
    heading.textContent = `Analysis of ${next.name} (${summary.runs} runs, ${summary.designType} design)`
    const factors = summary.factorNames
    frontierControls.hidden = factors.length < 2
    if (factors.length >= 2) {
      const [x, y] = summary.frontier
        ? [summary.frontier.xFactor, summary.frontier.yFactor]
        : [factors[0], factors[1]]
      fill(frontierX, ...factors.map((name) => h('option', { value: name, selected: name === x }, name)))
      fill(frontierY, ...factors.map((name) => h('option', { value: name, selected: name === y }, name)))
      frontierX.value = x
      frontierY.value = y
    }
    fill(tables)
    fill(figures)
    if (summary.frontier)
      frontierChart(frontier, summary.frontier, {
        width: Math.max(320, frontier.clientWidth || 900),
        fontSize: fontSize(),
      })
    else fill(frontier)
    await nextTask()
    if (stale()) return
    fill(
      tables,
      ...analysisTables(summary),
      ...summary.notes.map((note) => h('p', { class: 'panel-note' }, note)),
    )
    for (const figure of reply.figures) {
      if (figure.name === 'frontier.svg') continue
      await nextFrame()
      if (stale()) return
      const svg = new DOMParser().parseFromString(figure.svg, 'image/svg+xml').documentElement
      figures.append(
        h(
          'figure',
          { class: 'experiment-figure', 'data-figure': figure.name },
          document.importNode(svg, true),
        ),
      )
    }
    performance.mark('experiment:analysis-drawn')
    element.dataset.drawn = 'true'
  }

  const fail = (name: string, lines: string[]) => set({ ...IDLE, status: 'failed', name, problems: lines })

  /** Runs the experiment at `path` among `files`; problems name it as the user knows it (`shown`). */
  async function start(files: Record<string, string>, path: string, shown = path) {
    controller?.abort()
    const abort = new AbortController()
    controller = abort
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '')
    set({ ...IDLE, status: 'expanding', name })
    const experiment = experimentWorker()
    let expanded: Awaited<ReturnType<typeof expandIn>>
    try {
      expanded = await expandIn(experiment, files, path)
    } catch (error) {
      return fail(name, [`${shown}: ${messageOf(error)}`])
    }
    if (!expanded.ok)
      return fail(
        name,
        expanded.lines.map((line) => line.replaceAll(path, shown)),
      )
    const plan = expanded.plan
    const count = Math.max(1, Math.min(16, Math.round(Number(workers.value) || ensembleWorkers())))
    performance.mark('experiment:expanded')
    set({ ...IDLE, status: 'running', name: plan.name, plan })
    try {
      const outcome = await runExperiment({
        experiment,
        plan,
        workers: count,
        format: format.value as SeriesFormat,
        signal: abort.signal,
        onProgress: (latest) => {
          pendingProgress = latest
          if (progressScheduled) return
          progressScheduled = true
          setTimeout(() => {
            progressScheduled = false
            if (controller === abort && state.status === 'running')
              set({ ...state, progress: pendingProgress })
          }, PROGRESS_INTERVAL_MS)
        },
      })
      performance.mark('experiment:finished')
      if (controller !== abort) return
      const text = (file: string) => decoder.decode(outcome.files.find((entry) => entry.name === file)?.bytes)
      set({
        ...state,
        status: 'done',
        progress: pendingProgress,
        files: outcome.files,
        analysis: outcome.analysis.ok ? outcome.analysis : null,
        problems: outcome.analysis.ok ? [] : outcome.analysis.lines,
        source: {
          runs: { path: 'runs.csv', text: text('runs.csv') },
          manifest: { path: 'manifest.json', text: text('manifest.json') },
        },
      })
    } catch (error) {
      if (controller !== abort) return
      if (isAbortError(error) || (error as Error)?.name === 'AbortError')
        set({ ...state, status: 'cancelled', progress: pendingProgress })
      else fail(plan.name, [`${plan.name}: ${messageOf(error)}`])
    }
  }

  async function openResults(list: FileList | null) {
    controller?.abort()
    const chosen = await readChosen(list)
    const found = resultsFiles(chosen)
    if ('error' in found) return fail('', [found.error])
    const folderName = found.runs.path.includes('/')
      ? found.runs.path.slice(0, found.runs.path.lastIndexOf('/'))
      : ''
    let name = folderName.slice(folderName.lastIndexOf('/') + 1)
    try {
      name = String(
        (JSON.parse(found.manifest.text) as { experiment?: { name?: unknown } }).experiment?.name ?? name,
      )
    } catch {
      // The analysis reports a manifest that is not JSON, with its path.
    }
    set({ ...IDLE, status: 'expanding', name })
    const reply = await experimentWorker()
      .analyze(found.runs, found.manifest)
      .catch((error: unknown) => ({ ok: false as const, lines: [`${found.runs.path}: ${messageOf(error)}`] }))
    if (!reply.ok) return fail(name, reply.lines)
    set({ ...IDLE, status: 'done', name, analysis: reply, source: found })
  }

  async function reanalyse() {
    if (!state.source || frontierX.value === frontierY.value) return
    const reply = await experimentWorker()
      .analyze(state.source.runs, state.source.manifest, [frontierX.value, frontierY.value])
      .catch((error: unknown) => ({ ok: false as const, lines: [messageOf(error)] }))
    if (!reply.ok) return set({ ...state, problems: reply.lines })
    set({ ...state, analysis: reply, problems: [] })
  }

  run.addEventListener('click', () => void start(libraryFiles(), choice.value))
  cancel.addEventListener('click', () => {
    controller?.abort()
    controller = undefined
    set({ ...state, status: 'cancelled', progress: pendingProgress ?? state.progress })
  })
  fromDisk.addEventListener('change', async () => {
    const chosen = await readChosen(fromDisk.files)
    fromDisk.value = ''
    const prepared = experimentFiles(libraryFiles(), chosen)
    if ('error' in prepared) return fail('', [prepared.error])
    await start(prepared.files, prepared.path, prepared.shown)
  })
  for (const input of [folder, resultFiles])
    input.addEventListener('change', async () => {
      await openResults(input.files)
      input.value = ''
    })
  frontierX.addEventListener('change', () => void reanalyse())
  frontierY.addEventListener('change', () => void reanalyse())

  // Presenter mode changes the type size: the frontier is drawn again at the new size.
  new MutationObserver(() => {
    const drawn = state.analysis?.summary.frontier
    if (drawn && element.dataset.drawn === 'true')
      frontierChart(frontier, drawn, {
        width: Math.max(320, frontier.clientWidth || 900),
        fontSize: fontSize(),
      })
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] })

  function open() {
    element.open = true
    element.scrollIntoView({ block: 'start' })
    choice.focus()
  }

  return {
    element,
    open,
    get state() {
      return state
    },
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function mimeOf(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv'
  if (name.endsWith('.json')) return 'application/json'
  return 'application/vnd.apache.parquet'
}
