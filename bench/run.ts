// `npm run bench`: engine throughput in agent-steps per second (agents × ticks ÷ seconds, jailed
// agents included), measured after warm-up as the median of several runs, side by side in one
// process so that ratios are fair on a noisy machine. Prints a table and one JSON line.
import { readFileSync } from 'node:fs'
import { createSimulation, type Simulation } from '../src/engine/simulation.ts'
import type { Scenario } from '../src/scenario/schema.ts'
import { parseScenario } from '../src/scenario/validate.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** Epstein Model I as the issue fixes it: Mesa's semantics (rounded ratio, jailed keep their cell). */
function modelOne(size: number): Scenario {
  return parseScenario({
    kind: 'civil-violence',
    name: `Model I ${size}×${size}`,
    ticks: 1000,
    world: { width: size, height: size, topology: 'torus' },
    rules: { arrestRatio: 'rounded', neighbourhood: 'von-neumann', jailed: 'keep-cell', turn: 'mesa' },
    model: {
      citizenDensity: 0.7,
      copDensity: 0.04,
      vision: 7,
      legitimacy: 0.82,
      maxJailTerm: 30,
      movement: true,
    },
  })
}

/** The baseline SSR scenario at another size (the same densities, so the same country, scaled). */
function baseline(size: number): Scenario {
  const raw = JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8'))
  return parseScenario({ ...raw, world: { ...raw.world, width: size, height: size } })
}

/** Agents alive at the current tick, whatever the kind. */
function agentCount(sim: Simulation): number {
  const now = sim.latest()
  if ('quiescent' in now) return now.quiescent + now.active + now.jailed + now.cops
  return (
    now['citizens.count'] +
    now['police.count'] +
    now['military.count'] +
    now['pk.count'] +
    now['spoilers.count']
  )
}

interface Measure {
  label: string
  size: number
  agents: number
  ticks: number
  /** Median agent-steps per second, in millions. */
  rate: number
  runs: number[]
}

/** Median over RUNS of agent-steps/s for `ticks` ticks, each run on a fresh, warmed-up simulation. */
function measure(label: string, scenario: Scenario, size: number, warmup: number, ticks: number): Measure {
  const rates: number[] = []
  let agents = 0
  for (let run = 0; run < RUNS; run++) {
    const sim = createSimulation(scenario, run + 1)
    sim.step(warmup)
    let steps = 0
    const start = performance.now()
    for (let t = 0; t < ticks; t++) {
      steps += agentCount(sim)
      sim.step()
    }
    const seconds = (performance.now() - start) / 1000
    agents = agentCount(sim)
    rates.push(steps / seconds / 1e6)
  }
  const sorted = [...rates].sort((a, b) => a - b)
  return { label, size, agents, ticks, rate: sorted[Math.floor(sorted.length / 2)], runs: rates }
}

function fifteenYears(): number {
  const scenario = baseline(200)
  const sim = createSimulation(scenario, 1)
  const start = performance.now()
  sim.step(15 * 52)
  return (performance.now() - start) / 1000
}

const results: Measure[] = []
// Warm the JIT on a small world of each kind first, so the first measured size is not penalised.
measure('warm-up', modelOne(60), 60, 20, 20)
measure('warm-up', baseline(60), 60, 20, 20)
for (const size of [40, 200, 300, 500, 1000]) {
  const ticks = size >= 1000 ? 10 : size >= 500 ? 20 : size >= 300 ? 40 : 100
  results.push(measure('Model I', modelOne(size), size, size >= 1000 ? 10 : 30, ticks))
}
for (const size of [200, 500]) {
  results.push(measure('SSR baseline', baseline(size), size, 30, size >= 500 ? 20 : 60))
}
const seconds = fifteenYears()

const ratio = (size: number) => {
  const ssr = results.find((r) => r.label === 'SSR baseline' && r.size === size)
  const one = results.find((r) => r.label === 'Model I' && r.size === size)
  return ssr && one ? ssr.rate / one.rate : Number.NaN
}

console.log('model          size        agents   ticks   M agent-steps/s (median of runs)')
for (const r of results) {
  console.log(
    `${r.label.padEnd(14)} ${`${r.size}×${r.size}`.padEnd(11)} ${String(r.agents).padStart(7)} ${String(r.ticks).padStart(7)}   ` +
      `${r.rate.toFixed(2).padStart(6)}  (${r.runs.map((x) => x.toFixed(2)).join(' ')})`,
  )
}
console.log(
  `SSR / Model I at 200×200: ${ratio(200).toFixed(2)}; at 500×500: ${ratio(500).toFixed(2)} (target ≥ 0.5)`,
)
console.log(
  `Model I at 300×300: ${results.find((r) => r.size === 300)?.rate.toFixed(2)} M agent-steps/s (target ≥ 10)`,
)
console.log(`15-year weekly run of baseline at 200×200: ${seconds.toFixed(2)} s (target well under 10)`)
console.log(
  JSON.stringify({
    node: process.version,
    runs: RUNS,
    results: results.map(({ label, size, agents, ticks, rate }) => ({
      model: label,
      size,
      agents,
      ticks,
      rate,
    })),
    ssrToModelOne: { 200: ratio(200), 500: ratio(500) },
    baselineFifteenYearsSeconds: seconds,
  }),
)
