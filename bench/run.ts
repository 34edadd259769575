// `npm run bench`: engine throughput in agent-steps per second (agents × ticks ÷ seconds, jailed
// agents included), each figure the median of several runs measured after warm-up.
//
// Every run gets a process of its own, as a CLI run of one scenario or a browser worker's first
// simulation does. V8 compiles the engine's per-agent closures best while only one simulation has
// ever existed in the process; once several have, it stops specialising them to one world's arrays
// and the same code runs about a quarter slower. So the table also reports that case: many
// simulations made one after another in this process, as a worker running a batch sees.
// Runs of the different models and sizes are interleaved, so that noise on this machine hits all
// of them alike and the ratios are fair. Model I is measured side by side with a naive reference
// kernel (bench/naive.ts) at every size, and reported as a ratio to it. Bytes per agent: each run
// measures how much its process's resident memory grew from just before its world was made to the
// end (after a full collection); the growth of a 1000×1000 run minus that of a 40×40 run, per
// added agent. Every process compiles the engine as the `drawdown` command's does (src/cli/jit.ts);
// the 15-year run is also timed with V8's defaults, as a browser runs it. Prints a table and one
// JSON line.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { tuneJit } from '../src/cli/jit.ts'
import { type BenchModel, measureRun, type Run } from './measure.ts'

tuneJit()
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const measureScript = fileURLToPath(new URL('./measure.ts', import.meta.url))

interface Config {
  model: BenchModel
  size: number
  warmup: number
  ticks: number
}

const label = (model: BenchModel) =>
  model === 'ssr' ? 'SSR baseline' : model === 'naive' ? 'naive kernel' : 'Model I'

const SIZES = [40, 200, 300, 500, 1000]
const modelOneRun = (model: BenchModel, size: number): Config => ({
  model,
  size,
  // Small worlds run many ticks, so that each run lasts long enough to time and to optimise.
  warmup: size >= 1000 ? 3 : size <= 40 ? 300 : size >= 500 ? 5 : 20,
  ticks: size >= 1000 ? 5 : size >= 500 ? 10 : size >= 300 ? 20 : size <= 40 ? 1000 : 50,
})
const configs: Config[] = [
  // Engine and naive kernel back to back at each size, so that both see the same minutes.
  ...SIZES.flatMap((size) => [modelOneRun('model-one', size), modelOneRun('naive', size)]),
  ...[200, 500].map((size) => ({ model: 'ssr' as const, size, warmup: 30, ticks: size >= 500 ? 20 : 60 })),
]

/** Runs `args` of measure.ts in a fresh Node process and returns its JSON answer. */
function inFreshProcess<T>(args: (string | number)[], env: NodeJS.ProcessEnv = process.env): T {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', measureScript, ...args.map(String)],
    { encoding: 'utf8', env },
  )
  if (child.status !== 0) throw new Error(`benchmark run ${args.join(' ')} failed:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '')
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

// Fresh processes, interleaved: run r of every configuration, then run r + 1.
const fresh = new Map<Config, Run[]>(configs.map((c) => [c, []]))
for (let run = 1; run <= RUNS; run++) {
  for (const c of configs) {
    process.stderr.write(`\rrun ${run}/${RUNS}: ${label(c.model)} ${c.size}×${c.size}        `)
    fresh.get(c)?.push(inFreshProcess<Run>([c.model, c.size, run, c.warmup, c.ticks]))
  }
}
const fifteen: number[] = []
const fifteenV8Defaults: number[] = []
for (let run = 1; run <= 3; run++) {
  fifteen.push(inFreshProcess<{ seconds: number }>(['fifteen-years']).seconds)
  const defaults = { ...process.env, BENCH_JIT: 'default' }
  fifteenV8Defaults.push(inFreshProcess<{ seconds: number }>(['fifteen-years'], defaults).seconds)
}

// One process, many simulations: this process, made and run one after another.
process.stderr.write('\rone process, many simulations            ')
const sharedConfigs = configs.filter((c) => c.model !== 'naive' && c.size === 200)
const shared = new Map<Config, Run[]>(sharedConfigs.map((c) => [c, []]))
for (let run = 1; run <= RUNS; run++) {
  for (const c of sharedConfigs) shared.get(c)?.push(measureRun(c.model, c.size, run, c.warmup, c.ticks))
}
process.stderr.write('\r'.padEnd(42) + '\r')

const rateOf = (runs: Map<Config, Run[]>, model: BenchModel, size: number) => {
  for (const [c, rs] of runs) if (c.model === model && c.size === size) return median(rs.map((r) => r.rate))
  return Number.NaN
}
const ratio = (runs: Map<Config, Run[]>, size: number) =>
  rateOf(runs, 'ssr', size) / rateOf(runs, 'model-one', size)

const table = (title: string, runs: Map<Config, Run[]>) => {
  console.log(`${title}\nmodel          size        agents   ticks   M agent-steps/s: median  (runs)`)
  for (const [c, rs] of runs) {
    const rates = rs.map((r) => r.rate)
    console.log(
      `${label(c.model).padEnd(14)} ${`${c.size}×${c.size}`.padEnd(11)} ${String(rs[rs.length - 1].agents).padStart(7)} ` +
        `${String(c.ticks).padStart(7)}   ${median(rates).toFixed(2).padStart(6)}  (${rates.map((x) => x.toFixed(2)).join(' ')})`,
    )
  }
}
table('Each run in a fresh process', fresh)
console.log(
  `SSR / Model I at 200×200: ${ratio(fresh, 200).toFixed(2)}; at 500×500: ${ratio(fresh, 500).toFixed(2)} (target ≥ 0.5)`,
)
const naiveRatio = (size: number) => {
  // The median of per-pair ratios: each engine run divided by the naive run made right after it.
  const engine = [...fresh].find(([c]) => c.model === 'model-one' && c.size === size)?.[1] ?? []
  const naive = [...fresh].find(([c]) => c.model === 'naive' && c.size === size)?.[1] ?? []
  return median(engine.map((r, i) => r.rate / naive[i].rate))
}
console.log(
  `Model I ÷ naive kernel: ${SIZES.map((size) => `${size}²: ${naiveRatio(size).toFixed(2)}`).join(', ')} (target ≥ 2 at every size)`,
)
const engineRun = (size: number) =>
  [...fresh].find(([c]) => c.model === 'model-one' && c.size === size)?.[1] ?? []
const bytesPerAgent = median(
  engineRun(1000).map(
    (big, i) => (big.rssGrowth - engineRun(40)[i].rssGrowth) / (big.agents - engineRun(40)[i].agents),
  ),
)
console.log(
  `Bytes per agent (RSS growth from 40×40 to 1000×1000, per agent): ${bytesPerAgent.toFixed(0)} (target ≤ 64)`,
)
console.log(
  `15-year weekly run of baseline at 200×200: ${median(fifteen).toFixed(2)} s, median of 3 ` +
    `(${fifteen.map((s) => s.toFixed(2)).join(' ')}) (target ≤ 3.5); with V8's defaults, as in a ` +
    `browser: ${median(fifteenV8Defaults).toFixed(2)} s (${fifteenV8Defaults.map((s) => s.toFixed(2)).join(' ')})`,
)
console.log('')
table('One process, many simulations', shared)
console.log(`SSR / Model I at 200×200: ${ratio(shared, 200).toFixed(2)}`)

const summary = (runs: Map<Config, Run[]>) =>
  [...runs].map(([c, rs]) => ({
    model: label(c.model),
    size: c.size,
    agents: rs[rs.length - 1].agents,
    ticks: c.ticks,
    rate: median(rs.map((r) => r.rate)),
    runs: rs.map((r) => r.rate),
  }))
console.log(
  JSON.stringify({
    node: process.version,
    runs: RUNS,
    freshProcess: summary(fresh),
    oneProcess: summary(shared),
    modelOneToNaive: Object.fromEntries(SIZES.map((size) => [size, naiveRatio(size)])),
    bytesPerAgent,
    ssrToModelOne: { 200: ratio(fresh, 200), 500: ratio(fresh, 500), oneProcess200: ratio(shared, 200) },
    baselineFifteenYearsSeconds: median(fifteen),
    baselineFifteenYearsSecondsV8Defaults: median(fifteenV8Defaults),
  }),
)
