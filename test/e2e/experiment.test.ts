// The Experiment view in Chromium: smoke.json runs end to end in engine workers and its runs.csv,
// series.csv, series.parquet and summary.json are the bytes the CLI's runner core writes for it
// (computed here in-process), with 1 or 2 workers; no long task meanwhile; an invalid file names
// its path; a results folder and a pair of results files open into the analysis; axe finds nothing.
import { availableParallelism, loadavg } from 'node:os'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  analyzeExperiment,
  parseRuns,
  readManifest,
  summaryJson,
} from '../../src/experiment/analyze/index.ts'
import { MemorySink } from '../../src/experiment/byte-sink.ts'
import { expandExperiment } from '../../src/experiment/expand.ts'
import { readExperimentFile } from '../../src/experiment/files-node.ts'
import { performRun } from '../../src/experiment/perform-run.ts'
import { ResultStore } from '../../src/experiment/results-store.ts'
import { runBatch } from '../../src/experiment/runner.ts'
import { type AppPage, connect, openApp, ROOT, screenshot } from './app-page.ts'

/** What `drawdown batch smoke.json --format both` writes, from the same runner core, in this process. */
async function cliFiles(): Promise<Record<string, Buffer>> {
  const { input, load } = readExperimentFile(`${ROOT}scenarios/experiments/smoke.json`)
  const experiment = expandExperiment(input, load)
  const sinks = {
    runs: new MemorySink(),
    errors: new MemorySink(),
    seriesCsv: new MemorySink(),
    seriesParquet: new MemorySink(),
  }
  const store = new ResultStore(experiment.factorNames, sinks)
  await store.open()
  await runBatch({
    runs: experiment.runs,
    record: experiment.record,
    concurrency: 1,
    execute: async (spec, record) => performRun(spec, record),
    write: (spec, record) => store.add(spec, record),
  })
  await store.close()
  const runs = Buffer.from(sinks.runs.bytes())
  const manifest = readManifest({
    format: 'drawdown-lab/batch@1',
    status: 'complete',
    runs: experiment.runs.length,
    experiment: { name: experiment.name },
    factorNames: experiment.factorNames,
    armNames: experiment.armNames,
    design: experiment.design,
    seeds: experiment.seeds,
  })
  const summary = summaryJson(
    analyzeExperiment(parseRuns(runs.toString('utf8'), experiment.factorNames), manifest),
  )
  return {
    'runs.csv': runs,
    'errors.csv': Buffer.from(sinks.errors.bytes()),
    'series.csv': Buffer.from(sinks.seriesCsv.bytes()),
    'series.parquet': Buffer.from(sinks.seriesParquet.bytes()),
    'summary.json': Buffer.from(summary),
  }
}

/** Long tasks (over 50 ms) on the page's main thread, from page load on. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function downloadFile(page: Page, file: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#experiment-downloads button[data-file="${file}"]`),
  ])
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) }
}

async function runSmoke(page: Page, workers: number): Promise<{ start: number; end: number }> {
  await page.selectOption('#experiment-choice', 'experiments/smoke.json')
  await page.fill('#experiment-workers', String(workers))
  const start = await page.evaluate(() => performance.now())
  await page.click('#experiment-run')
  await page.waitForFunction(
    () => /^smoke: done\./.test(document.querySelector('#experiment-status')?.textContent ?? ''),
    undefined,
    {
      timeout: 120_000,
    },
  )
  await page.waitForSelector('#experiment[data-drawn="true"]')
  const end = await page.evaluate(() => performance.now())
  return { start, end }
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/**
 * The page's main-thread tasks while `during` runs, from a Chromium trace: each task's wall time
 * and its thread CPU time (ms). On a machine whose load is far above its cores, a task of a few
 * milliseconds can wait hundreds of milliseconds for a core mid-way; the CPU time does not.
 */
async function mainThreadTasks(browser: Browser, page: Page, during: () => Promise<unknown>) {
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] })
  await during()
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
  const main = new Set(
    trace.traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  )
  return trace.traceEvents
    .filter((event) => event.ph === 'X' && event.name === 'RunTask' && main.has(`${event.pid}:${event.tid}`))
    .map((event) => ({ wallMs: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? 0) / 1000 }))
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).include('#experiment').analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the Experiment view', () => {
  let browser: Browser
  let app: AppPage
  let cli: Record<string, Buffer>
  beforeAll(async () => {
    ;[browser, cli] = await Promise.all([connect(), cliFiles()])
    app = await openApp(browser, '', LONG_TASKS, { width: 1280, height: 720 })
    await app.page.click('#experiment-open')
  })
  afterAll(async () => {
    await app?.context.close()
    await browser?.close()
  })

  it('runs smoke.json in 2 workers with progress and gives the CLI runner’s bytes, named after the experiment', async () => {
    const { page } = app
    let span = { start: 0, end: 0 }
    const tasks = await mainThreadTasks(browser, page, async () => {
      span = await runSmoke(page, 2)
    })
    expect(await page.textContent('#experiment-status')).toMatch(
      /^smoke: done\. 6 of 6 runs · .* · 0 failed$/,
    )
    for (const file of ['runs.csv', 'series.csv', 'series.parquet', 'errors.csv', 'summary.json']) {
      const { name, bytes } = await downloadFile(page, file)
      expect(name).toBe(`smoke-${file}`)
      expect(bytes.equals(cli[file]), `${file} differs from the CLI's`).toBe(true)
    }
    const longTasks = (
      await page.evaluate(
        () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
      )
    ).filter((task) => task.start >= span.start && task.start <= span.end)
    const worst = (key: 'wallMs' | 'cpuMs') => Math.max(0, ...tasks.map((task) => task[key]))
    const load = loadavg()[0] / availableParallelism()
    console.log(
      `run of ${Math.round(span.end - span.start)} ms: ${tasks.length} main-thread tasks, longest ${worst('cpuMs').toFixed(1)} ms of CPU, ${worst('wallMs').toFixed(1)} ms of wall time; longtask entries ${JSON.stringify(longTasks.map((task) => task.duration))}; load per core ${load.toFixed(1)}`,
    )
    expect(tasks.length).toBeGreaterThan(10)
    // The budget is 50 ms per task. Its CPU time is asserted always; wall time (what the
    // PerformanceObserver reports) only when the machine is not overloaded, since a loaded
    // machine stretches any task past 50 ms by preempting the page. Both are logged above.
    expect(worst('cpuMs')).toBeLessThanOrEqual(50)
    if (load < 1) expect(longTasks.filter((task) => task.duration > 50)).toEqual([])
    expect(await page.locator('#experiment-tables table').count()).toBeGreaterThanOrEqual(2)
    expect(await page.textContent('#experiment-tables')).toContain('scheduled − abrupt')
    await screenshot(page, 'experiment-smoke', false)
    expect(await axeViolations(page)).toEqual([])
  })

  it('gives the same runs.csv with 1 worker', async () => {
    const { page } = app
    await runSmoke(page, 1)
    const { bytes } = await downloadFile(page, 'runs.csv')
    expect(bytes.equals(cli['runs.csv'])).toBe(true)
  })

  it('names the file and the path of each problem of an invalid experiment from disk, without a stack trace', async () => {
    const { page } = app
    await page.setInputFiles('#experiment-file', [
      `${ROOT}test/fixtures/experiments/invalid.json`,
      `${ROOT}test/fixtures/small.json`,
    ])
    await page.waitForFunction(() => document.querySelector('#experiment-problems')?.textContent)
    const lines = await page.locator('#experiment-problems li').allTextContents()
    expect(lines).toEqual(['invalid.json: replicates.masterSed: unknown key (did you mean "masterSeed"?)'])
    expect(lines.join('\n')).not.toMatch(/\n\s+at |\.ts:\d+/)
  })

  it('opens a Saltelli results folder: frontier over two chosen factors with values on hover, Sobol bars, PRIM boxes', async () => {
    const { page } = app
    await page.setInputFiles('#experiment-folder', `${ROOT}test/fixtures/batch-results/saltelli-small`)
    await page.waitForFunction(() =>
      /salt-small: 32 runs analysed/.test(document.querySelector('#experiment-status')?.textContent ?? ''),
    )
    expect(await page.locator('#experiment-frontier rect.frontier-cell').count()).toBeGreaterThan(1)
    await page.hover('#experiment-frontier rect.frontier-cell >> nth=0')
    expect(await page.textContent('.frontier-readout')).toMatch(
      /^reform\.politicalWill .*, police\.integrity .*: relapse [\d.]+ \([\d.]+–[\d.]+\), \d+ of \d+ runs$/,
    )
    await page.selectOption('#frontier-x', 'police.integrity')
    await page.selectOption('#frontier-y', 'reform.politicalWill')
    await page.waitForFunction(
      () =>
        document.querySelector('.frontier-readout') &&
        document.querySelector('#experiment-frontier svg text:last-child'),
    )
    await page.waitForFunction(() =>
      (
        document.querySelector('#experiment-frontier rect.frontier-cell')?.getAttribute('aria-label') ?? ''
      ).startsWith('police.integrity'),
    )
    await page.focus('#experiment-frontier rect.frontier-cell >> nth=0')
    expect(await page.textContent('.frontier-readout')).toMatch(/^police\.integrity .*: relapse /)
    expect(await page.locator('#experiment-figures [data-figure^="sobol-"] svg').count()).toBeGreaterThan(0)
    expect(await page.textContent('#experiment-tables')).toContain('Scenario discovery (PRIM boxes)')
    await screenshot(page, 'experiment-saltelli', false)
    expect(await axeViolations(page)).toEqual([])
  })

  it('opens runs.csv and manifest.json chosen as files, and says which file is missing', async () => {
    const { page } = app
    const dir = `${ROOT}test/fixtures/batch-results/smoke/`
    await page.setInputFiles('#experiment-results', [`${dir}runs.csv`])
    await page.waitForFunction(() => document.querySelector('#experiment-problems')?.textContent)
    expect(await page.textContent('#experiment-problems')).toBe(
      'manifest.json missing among runs.csv: choose a folder written by drawdown batch',
    )
    await page.setInputFiles('#experiment-results', [`${dir}runs.csv`, `${dir}manifest.json`])
    await page.waitForFunction(() =>
      /smoke: \d+ runs analysed/.test(document.querySelector('#experiment-status')?.textContent ?? ''),
    )
    expect(await page.textContent('#experiment-tables')).toContain('Paired differences between arms')
    expect(app.errors).toEqual([])
  })

  it('cancels a long experiment: the status says how far it got and Run is offered again', async () => {
    const { page } = app
    await page.selectOption('#experiment-choice', 'experiments/handover-vs-abrupt.json')
    await page.click('#experiment-run')
    await page.waitForFunction(() =>
      /handover-vs-abrupt: (starting|\d+ of 200 runs)/.test(
        document.querySelector('#experiment-status')?.textContent ?? '',
      ),
    )
    await page.click('#experiment-cancel')
    expect(await page.textContent('#experiment-status')).toMatch(/^handover-vs-abrupt: cancelled/)
    expect(await page.isEnabled('#experiment-run')).toBe(true)
    expect(await page.isHidden('#experiment-cancel')).toBe(true)
  })

  it('is reachable by keyboard and takes the screen in presenter mode', async () => {
    const { page } = app
    await page.setInputFiles('#experiment-folder', `${ROOT}test/fixtures/batch-results/saltelli-small`)
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#experiment')?.dataset.drawn === 'true',
    )
    await page.focus('#experiment-choice')
    const reached: string[] = []
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab')
      reached.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
      )
    }
    expect(reached.slice(0, 4)).toEqual([
      'experiment-workers',
      'experiment-format',
      'experiment-run',
      'experiment-file',
    ])
    expect(reached).toContain('frontier-x')
    await page.click('#presenter')
    await page.waitForFunction(() => document.body.classList.contains('presenter'))
    expect(await page.isVisible('#experiment-frontier svg')).toBe(true)
    expect(await page.isHidden('.layout')).toBe(true)
    await screenshot(page, 'presenter-experiment')
    await page.click('#presenter')
  })
})
