// `npm run bench` (batch part; alone: `npm run bench:batch`): the batch runner's figures.
// 1. Speed-up with 2 workers against 1: 200 runs of `baseline` at its own size (200×200) for half a
//    year (26 ticks), in rounds that alternate which arm goes first, and, as the worst case, 200
//    runs shrunk to 40×40 and one year (52 ticks, about 45 ms each), every observable recorded;
//    with BENCH_FULL_LENGTH_RUNS=N also N runs of baseline as shipped (780 ticks, about 5.5 s each;
//    N = 200 is the goal's own configuration, about 33 minutes here), in the same alternating
//    rounds. Beside it, the machine's own ceiling for the same 200 runs: one single-worker
//    `drawdown batch` process against two of them at once, each with half.
// 2. Overhead per run through a worker against in-process, on the 200 short runs (where a
//    worker's fixed costs weigh most): whole batches, and run by run once the pool is going.
// 3. Peak RSS of `drawdown batch` at 1,000 and 10,000 short runs (20×20 Model I world, 5 ticks,
//    series as CSV and Parquet): memory should stay flat.
// 4. Runs per hour of the full drawdown-timing experiment (200×200, 884 ticks) on 2 workers,
//    estimated from a measured sample of its runs.
// Wall times are as noisy as the machine; CPU seconds (all threads of the process) are reported
// beside them. Uses the built worker and command (npm run build:cli). Prints a table and one JSON line.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BatchPlan, runNodeBatch } from '../src/experiment/batch-node.ts'
import { expandExperiment } from '../src/experiment/expand.ts'
import { readExperimentFile, scenarioLoaderFor } from '../src/experiment/files-node.ts'
import { performRun } from '../src/experiment/perform-run.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const builtWorker = join(root, 'build/cli/node-worker.js')
const builtCommand = join(root, 'build/cli/main.js')
const command = join(root, 'bin/drawdown.mjs')
const SAMPLE = Number(process.env.BENCH_TIMING_SAMPLE ?? 4)
const LARGE = Number(process.env.BENCH_LARGE_RUNS ?? 10_000)
// Opt-in: that many runs of baseline as shipped (780 ticks, about half a minute each here).
const FULL_LENGTH = Number(process.env.BENCH_FULL_LENGTH_RUNS ?? 0)
/** Rounds the speed-up's runs are split into, the arms alternating (BENCH_ROUNDS, default 4). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4)

const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' })
if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stderr}`)

function planOf(experiment: Record<string, unknown>): BatchPlan {
  const folder = join(root, 'scenarios/experiments/bench.json')
  const expanded = expandExperiment(experiment, scenarioLoaderFor(folder))
  return { ...expanded, record: expanded.record }
}

const baseline200 = planOf({
  name: 'bench-baseline',
  description: '200 short runs of baseline.',
  scenario: '../baseline.json',
  set: { 'world.width': 40, 'world.height': 40 },
  ticks: 52,
  replicates: { count: 200, masterSeed: 7 },
})

interface Timing {
  wallSeconds: number
  cpuSeconds: number
  /** Median milliseconds between one settled run and the next over the batch's second half: the
   * cost of a run once the pool has started and its workers' code is compiled. */
  steadyMsPerRun?: number
}

/** The median of the gaps between consecutive times, over the second half of them. */
function steadyGap(times: readonly number[]): number {
  const later = times.slice(Math.floor(times.length / 2))
  const gaps = later.slice(1).map((t, i) => t - later[i])
  gaps.sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)] ?? NaN
}

async function timed(plan: BatchPlan, workers: number, inProcess = false): Promise<Timing> {
  const out = await mkdtemp(join(tmpdir(), 'drawdown-bench-'))
  const settledAt: number[] = []
  const cpu = process.cpuUsage()
  const started = performance.now()
  await runNodeBatch({
    onProgress: (progress) => {
      if (progress.doneThisSession > 0) settledAt.push(performance.now())
    },
    plan,
    out,
    workers,
    version: 'bench',
    workerEntry: builtWorker,
    execute: inProcess ? async (spec, record) => performRun(spec, record) : undefined,
  })
  const wallSeconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  await rm(out, { recursive: true, force: true })
  return { wallSeconds, cpuSeconds: (used.user + used.system) / 1e6, steadyMsPerRun: steadyGap(settledAt) }
}

const show = (t: Timing) => `${t.wallSeconds.toFixed(1)} s wall, ${t.cpuSeconds.toFixed(1)} s CPU`

// 1 and 2: in-process first (it also warms this process), then 1 worker, then 2.
process.stderr.write('200 baseline runs: in-process, 1 worker, 2 workers…\n')
const inProcess = await timed(baseline200, 1, true)
const oneWorker = await timed(baseline200, 1)
const twoWorkers = await timed(baseline200, 2)
const speedUp = oneWorker.wallSeconds / twoWorkers.wallSeconds

interface SpeedUp {
  oneWorker: Timing
  twoWorkers: Timing
  speedUp: number
  /** The speed-up of each round, in order. */
  rounds: number[]
}

/**
 * The plan on 1 worker and on 2, and the ratio of their wall times. The runs are split into
 * ROUNDS rounds, each run on 1 worker and on 2 in turn, in the order 1-2, 2-1, 1-2, …, so that the
 * machine's drift over minutes (measured: a loop's speed moves by a factor of two) falls on both
 * arms alike instead of on whichever ran second. Every run is made once per arm; each round starts
 * its own pool, which costs each arm a worker start per round, a fraction of a percent for these
 * runs of about a second (not for the short runs below, which keep one batch per arm).
 */
async function speedUpOn(plan: BatchPlan): Promise<SpeedUp> {
  const size = Math.ceil(plan.runs.length / ROUNDS)
  const one: Timing = { wallSeconds: 0, cpuSeconds: 0 }
  const two: Timing = { wallSeconds: 0, cpuSeconds: 0 }
  const rounds: number[] = []
  for (let round = 0; round * size < plan.runs.length; round++) {
    const runs = plan.runs.slice(round * size, (round + 1) * size)
    // A batch numbers its runs from 0.
    const part = { ...plan, runs: runs.map((run, i) => ({ ...run, runId: i })) }
    const times = new Map<number, Timing>()
    for (const workers of round % 2 === 0 ? [1, 2] : [2, 1]) times.set(workers, await timed(part, workers))
    const [byOne, byTwo] = [times.get(1) as Timing, times.get(2) as Timing]
    one.wallSeconds += byOne.wallSeconds
    one.cpuSeconds += byOne.cpuSeconds
    two.wallSeconds += byTwo.wallSeconds
    two.cpuSeconds += byTwo.cpuSeconds
    rounds.push(byOne.wallSeconds / byTwo.wallSeconds)
  }
  return { oneWorker: one, twoWorkers: two, speedUp: one.wallSeconds / two.wallSeconds, rounds }
}

const fullSizeExperiment = {
  name: 'bench-baseline-full-size',
  description: '200 runs of baseline at its own size, half a year each.',
  scenario: '../baseline.json',
  ticks: 26,
  replicates: { count: 200, masterSeed: 7 },
}
process.stderr.write('200 baseline runs at 200×200: 1 worker, 2 workers…\n')
const fullSize = await speedUpOn(planOf(fullSizeExperiment))

interface Ceiling {
  /** Wall seconds of the whole experiment in one single-worker process. */
  oneProcess: number
  /** Wall seconds of its two halves in two single-worker processes at once. */
  twoProcesses: number
  speedUp: number
}

/**
 * What the machine itself gives: the same experiment as one `drawdown batch --workers 1` process,
 * then as two such processes at once, each with half of it (`--shard 0/2` and `1/2`, as two nodes
 * of a cluster would run it). They share nothing but the hardware, so their ratio is the most any
 * two-worker pool could reach here; on shared virtual cores it is often well below 2.
 */
async function machineCeiling(experiment: Record<string, unknown>): Promise<Ceiling> {
  const dir = await mkdtemp(join(tmpdir(), 'drawdown-bench-ceiling-'))
  const file = join(dir, 'experiment.json')
  await writeFile(file, JSON.stringify({ ...experiment, scenario: join(root, 'scenarios/baseline.json') }))
  const batch = (out: string, shard?: string) =>
    new Promise<void>((done, fail) => {
      const args = [command, 'batch', file, '--out', join(dir, out), '--workers', '1', '--quiet']
      const child = spawn(process.execPath, shard ? [...args, '--shard', shard] : args, { stdio: 'inherit' })
      child.on('error', fail)
      child.on('exit', (code) =>
        code === 0 ? done() : fail(new Error(`drawdown batch exited with ${code}`)),
      )
    })
  const wallOf = async (...batches: Promise<void>[]) => {
    const started = performance.now()
    await Promise.all(batches)
    return (performance.now() - started) / 1000
  }
  const oneProcess = await wallOf(batch('all'))
  const twoProcesses = await wallOf(batch('first', '0/2'), batch('second', '1/2'))
  await rm(dir, { recursive: true, force: true })
  return { oneProcess, twoProcesses, speedUp: oneProcess / twoProcesses }
}
process.stderr.write('the same 200 runs as 1 process, then as 2 independent processes…\n')
const ceiling = await machineCeiling(fullSizeExperiment)
let fullLength: SpeedUp | null = null
if (FULL_LENGTH > 0) {
  process.stderr.write(`${FULL_LENGTH} baseline runs as shipped: 1 worker, 2 workers…\n`)
  fullLength = await speedUpOn(
    planOf({
      name: 'bench-baseline-as-shipped',
      description: 'Runs of baseline as shipped.',
      scenario: '../baseline.json',
      replicates: { count: FULL_LENGTH, masterSeed: 7 },
    }),
  )
}
const overheadWall = oneWorker.wallSeconds / inProcess.wallSeconds - 1
// The same comparison run by run: the whole batch's figure includes starting the worker and
// compiling the engine in its fresh isolate (the in-process arm runs in this warmed process).
const overheadPerRun = (oneWorker.steadyMsPerRun ?? NaN) / (inProcess.steadyMsPerRun ?? NaN) - 1
const overheadCpu = oneWorker.cpuSeconds / inProcess.cpuSeconds - 1

// 3: peak RSS of the whole command (main thread and workers) in a fresh process.
async function peakRss(runs: number): Promise<{ runs: number; peakMiB: number; wallSeconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'drawdown-bench-rss-'))
  const file = join(dir, 'short.json')
  await writeFile(
    file,
    JSON.stringify({
      name: 'short',
      description: 'Many very short runs.',
      scenario: join(root, 'test/fixtures/small.json'),
      set: { 'world.width': 20, 'world.height': 20 },
      ticks: 5,
      replicates: { count: runs, masterSeed: 3 },
    }),
  )
  const script = `const { main } = await import(${JSON.stringify(builtCommand)});
const code = await main(['batch', ${JSON.stringify(file)}, '--out', ${JSON.stringify(join(dir, 'out'))}, '--quiet', '--format', 'both', '--workers', '2']);
process.stdout.write(JSON.stringify({ code, maxRssKiB: process.resourceUsage().maxRSS }));`
  // A script file, not `node -e`: worker threads inherit the process's options, and
  // --input-type would stop them from loading.
  const scriptFile = join(dir, 'measure.mjs')
  await writeFile(scriptFile, script)
  const started = performance.now()
  const child = spawnSync(process.execPath, [scriptFile], { encoding: 'utf8' })
  const wallSeconds = (performance.now() - started) / 1000
  await rm(dir, { recursive: true, force: true })
  const answer = JSON.parse(child.stdout || '{}')
  if (child.status !== 0 || answer.code !== 0) throw new Error(`short batch failed:\n${child.stderr}`)
  return { runs, peakMiB: answer.maxRssKiB / 1024, wallSeconds }
}
process.stderr.write(`peak RSS at 1,000 and ${LARGE.toLocaleString('en')} short runs…\n`)
const rss = [await peakRss(1000), await peakRss(LARGE)]

// 4: a sample of drawdown-timing's runs, spread over its cells, on 2 workers.
const timingFile = join(root, 'scenarios/experiments/drawdown-timing.json')
const { input, load } = readExperimentFile(timingFile)
const timing = expandExperiment(input, load)
const step = Math.floor(timing.runs.length / SAMPLE)
const sample = Array.from({ length: SAMPLE }, (_, i) => ({ ...timing.runs[i * step], runId: i }))
process.stderr.write(`${SAMPLE} of drawdown-timing's ${timing.runs.length} runs on 2 workers…\n`)
const sampled = await timed({ ...timing, runs: sample }, 2)
const runsPerHour = (SAMPLE / sampled.wallSeconds) * 3600
// With two idle cores, the runs' CPU time is what bounds a batch.
const runsPerHourIdle = (SAMPLE / (sampled.cpuSeconds / 2)) * 3600

console.log(`Batch runner (Node ${process.version}, ${availableParallelism()} cores)`)
console.log('200 baseline runs at 200×200, 26 ticks:')
console.log(`  1 worker  ${show(fullSize.oneWorker)}`)
console.log(`  2 workers ${show(fullSize.twoWorkers)}`)
console.log(
  `  speed-up 2 vs 1 workers: ${fullSize.speedUp.toFixed(2)}× (goal ≥ 1.9); by round (${ROUNDS} rounds, ` +
    `arms alternating): ${fullSize.rounds.map((r) => r.toFixed(2)).join(', ')}`,
)
console.log(
  `  the machine's ceiling, 1 process vs 2 independent half-batch processes: ${ceiling.oneProcess.toFixed(1)} s / ` +
    `${ceiling.twoProcesses.toFixed(1)} s = ${ceiling.speedUp.toFixed(2)}×`,
)
console.log(
  `  both cores full: 2 workers ${fullSize.twoWorkers.wallSeconds.toFixed(1)} s against 2 independent processes ` +
    `${ceiling.twoProcesses.toFixed(1)} s (${(fullSize.twoWorkers.wallSeconds / ceiling.twoProcesses).toFixed(2)}× their time)`,
)
if (fullLength) {
  console.log(`${FULL_LENGTH} baseline runs as shipped (200×200, 780 ticks):`)
  console.log(`  1 worker  ${show(fullLength.oneWorker)}`)
  console.log(`  2 workers ${show(fullLength.twoWorkers)}`)
  console.log(
    `  speed-up 2 vs 1 workers: ${fullLength.speedUp.toFixed(2)}× (goal ≥ 1.9); by round: ` +
      fullLength.rounds.map((r) => r.toFixed(2)).join(', '),
  )
}
console.log(`200 short baseline runs (40×40, 52 ticks): in-process ${show(inProcess)}`)
console.log(`  1 worker  ${show(oneWorker)}`)
console.log(`  2 workers ${show(twoWorkers)}`)
console.log(`  speed-up 2 vs 1 workers: ${speedUp.toFixed(2)}× (the worst case: runs of about 45 ms)`)
console.log(
  `  overhead through a worker: ${(overheadWall * 100).toFixed(1)}% wall, ${(overheadCpu * 100).toFixed(1)}% CPU (goal ≤ 5%)`,
)
console.log(
  `  per run once started (median gap between results, second half): in-process ${inProcess.steadyMsPerRun?.toFixed(1)} ms, ` +
    `1 worker ${oneWorker.steadyMsPerRun?.toFixed(1)} ms: ${(overheadPerRun * 100).toFixed(1)}%`,
)
for (const r of rss)
  console.log(
    `peak RSS, ${r.runs.toLocaleString('en')} short runs: ${r.peakMiB.toFixed(0)} MiB (${r.wallSeconds.toFixed(0)} s)`,
  )
console.log(
  `drawdown-timing (${timing.runs.length} runs of 884 ticks at 200×200), ${SAMPLE} runs measured on 2 workers: ${show(sampled)}`,
)
console.log(
  `  ≈ ${runsPerHour.toFixed(0)} runs/hour as measured (whole experiment ≈ ${(timing.runs.length / runsPerHour).toFixed(1)} h); ` +
    `≈ ${runsPerHourIdle.toFixed(0)} runs/hour on two idle cores (from CPU time)`,
)
console.log(
  JSON.stringify({
    node: process.version,
    baselineFullSize: fullSize,
    machineCeiling: ceiling,
    baselineAsShipped: fullLength,
    baseline200: { inProcess, oneWorker, twoWorkers, speedUp, overheadWall, overheadCpu, overheadPerRun },
    peakRss: rss,
    drawdownTiming: { runs: timing.runs.length, sample: SAMPLE, sampled, runsPerHour, runsPerHourIdle },
  }),
)
