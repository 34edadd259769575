// `npm run bench:first-world`: how much faster an isolate's first simulation runs than its later
// ones, in a Node worker thread and in a Chromium Web Worker: the reason the batch runner, the
// Experiment view and ensembles give every run of a second or more a fresh worker
// (FRESH_WORKER_AFTER_MS in src/bridge/pool.ts). The same run (the baseline at 200 × 200, seed 1,
// TICKS ticks, default 260) is made K times (default 4) in one worker, then once in each of K fresh
// workers; each run's seconds are printed, world creation included, and the fresh workers' start.
// Needs Debian's chromium for the browser half (skipped with a note when it is missing).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { baselineInput } from './measure.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const CHROMIUM = '/usr/bin/chromium'
const TICKS = Number(process.env.TICKS ?? 260)
const K = Number(process.env.K ?? 4)

/** One bundle for both: the scenario checked once, then `count` runs on request, timed each. */
const entry = `
import { createSimulation } from ${JSON.stringify(join(root, 'src/engine/simulation.ts'))}
import { parseScenario } from ${JSON.stringify(join(root, 'src/scenario/validate.ts'))}
const scenario = parseScenario(${JSON.stringify(baselineInput(200))})
export function runs(count) {
  const seconds = []
  for (let k = 0; k < count; k++) {
    const started = performance.now()
    createSimulation(scenario, 1).step(${TICKS})
    seconds.push((performance.now() - started) / 1000)
  }
  return seconds
}
const port = globalThis.process ? (await import('node:worker_threads')).parentPort : self
const listen = (handler) => (globalThis.process ? port.on('message', handler) : (self.onmessage = (e) => handler(e.data)))
listen((count) => port.postMessage(runs(count)))
`

async function bundle(scratch: string): Promise<string> {
  const source = join(scratch, 'entry.js')
  writeFileSync(source, entry)
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: join(scratch, 'out'),
      lib: { entry: source, formats: ['es'], fileName: () => 'bundle.mjs' },
      minify: false,
      rollupOptions: { external: ['node:worker_threads'], output: { codeSplitting: false } },
    },
  })
  return join(scratch, 'out/bundle.mjs')
}

interface Timings {
  kept: number[]
  fresh: number[]
  starts: number[]
}

/** In Node: a worker thread per call of `runIn`. */
async function inNode(file: string): Promise<Timings> {
  const runIn = (count: number) =>
    new Promise<{ seconds: number[]; start: number }>((resolve, reject) => {
      const spawned = performance.now()
      const worker = new Worker(file)
      worker.once('online', () => {
        const start = (performance.now() - spawned) / 1000
        worker.once('message', (seconds: number[]) => {
          void worker.terminate()
          resolve({ seconds, start })
        })
        worker.postMessage(count)
      })
      worker.once('error', reject)
    })
  const kept = (await runIn(K)).seconds
  const fresh: number[] = []
  const starts: number[] = []
  for (let k = 0; k < K; k++) {
    const { seconds, start } = await runIn(1)
    fresh.push(...seconds)
    starts.push(start)
  }
  return { kept, fresh, starts }
}

/** In Chromium: the bundle served over HTTP (a module worker will not start from about:blank). */
async function inChromium(file: string): Promise<Timings> {
  const code = readFileSync(file, 'utf8')
  const server = createServer((request, response) => {
    if (request.url === '/bundle.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(code)
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>first world</title>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/`)
    // A string, so that nothing of this file's compiled form is shipped into the page.
    const script = `(async () => {
      const runIn = (count) => new Promise((resolve) => {
        const spawned = performance.now()
        const worker = new Worker('/bundle.js', { type: 'module' })
        worker.onmessage = (event) => {
          worker.terminate()
          const seconds = event.data
          resolve({ seconds, start: (performance.now() - spawned) / 1000 - seconds.reduce((a, b) => a + b, 0) })
        }
        worker.postMessage(count)
      })
      const kept = (await runIn(${K})).seconds
      const fresh = []
      const starts = []
      for (let k = 0; k < ${K}; k++) {
        const { seconds, start } = await runIn(1)
        fresh.push(...seconds)
        starts.push(start)
      }
      return { kept, fresh, starts }
    })()`
    return (await page.evaluate(script)) as Timings
  } finally {
    await browser.close()
    server.close()
  }
}

const show = (label: string, t: Timings) => {
  const s = (xs: number[], digits = 2) => xs.map((x) => x.toFixed(digits)).join(' ')
  console.log(`${label}:`)
  console.log(`  one worker, ${K} runs      ${s(t.kept)} s`)
  console.log(`  ${K} fresh workers, 1 each ${s(t.fresh)} s (worker start ${s(t.starts, 3)} s)`)
}

const scratch = mkdtempSync(join(tmpdir(), 'drawdown-first-world-'))
try {
  const file = await bundle(scratch)
  console.log(`baseline at 200 × 200, seed 1, ${TICKS} ticks, each run from a new world:`)
  const node = await inNode(file)
  show(`Node ${process.version} worker threads`, node)
  const browser = existsSync(CHROMIUM) ? await inChromium(file) : null
  if (browser) show('Chromium Web Workers', browser)
  else console.log(`Chromium: skipped (${CHROMIUM} is missing)`)
  console.log(JSON.stringify({ ticks: TICKS, runs: K, node, chromium: browser }))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
