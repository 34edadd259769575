// One benchmark measurement: a fresh simulation of Model I or the SSR baseline, warmed up, then
// timed. Run as a script it measures once and prints one JSON line, so that `run.ts` can give each
// measurement a process of its own (see run.ts for why). The process compiles the engine as the
// `drawdown` command's does (src/cli/jit.ts), unless BENCH_JIT=default asks for V8's defaults (as a
// browser has them).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tuneJit } from '../src/cli/jit.ts'
import { createSimulation, type Simulation } from '../src/engine/simulation.ts'
import type { Scenario } from '../src/scenario/schema.ts'
import { parseScenario } from '../src/scenario/validate.ts'
import { naiveModelOne } from './naive.ts'

export type BenchModel = 'model-one' | 'naive' | 'ssr'

/** Epstein Model I as the issue fixes it: Mesa's semantics (rounded ratio, jailed keep their cell),
 * as scenario input (bench/instructions.ts hands it to another tree's engine). */
export function modelOneInput(size: number): Record<string, unknown> {
  return {
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
  }
}

/** The baseline SSR scenario at another size (the same densities, so the same country, scaled), as
 * scenario input. */
export function baselineInput(size: number): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8'))
  return { ...raw, world: { ...raw.world, width: size, height: size } }
}

export const modelOne = (size: number): Scenario => parseScenario(modelOneInput(size))
export const baseline = (size: number): Scenario => parseScenario(baselineInput(size))

/** Resident set size in bytes, after a full garbage collection when `gc` is exposed. */
function residentAfterCollection(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().rss
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

export interface Run {
  /** Agents at the end of the timed ticks. */
  agents: number
  /** Agent-steps per second, in millions. */
  rate: number
  /** Growth of the process's resident set size from just before the world was made to the end of
   * the run (after a full collection when the process runs with --expose-gc), in bytes. Measured
   * inside one process, because a fresh Node process's starting RSS varies by several megabytes
   * from one start to the next, as much as a 300×300 world's arrays. */
  rssGrowth: number
}

/** Agent-steps per second over `ticks` ticks of a fresh simulation after `warmup` ticks. */
export function measureRun(
  model: BenchModel,
  size: number,
  seed: number,
  warmup: number,
  ticks: number,
): Run {
  if (model === 'naive') return measureNaive(size, seed, warmup, ticks)
  const rssBefore = residentAfterCollection()
  const sim = createSimulation(model === 'ssr' ? baseline(size) : modelOne(size), seed)
  sim.step(warmup)
  let steps = 0
  const start = performance.now()
  for (let t = 0; t < ticks; t++) {
    steps += agentCount(sim)
    sim.step()
  }
  const seconds = (performance.now() - start) / 1000
  return {
    agents: agentCount(sim),
    rate: steps / seconds / 1e6,
    rssGrowth: residentAfterCollection() - rssBefore,
  }
}

/** The same measurement of the naive reference kernel (bench/naive.ts). */
function measureNaive(size: number, seed: number, warmup: number, ticks: number): Run {
  const rssBefore = residentAfterCollection()
  const world = naiveModelOne(size, seed)
  for (let t = 0; t < warmup; t++) world.step()
  const start = performance.now()
  for (let t = 0; t < ticks; t++) world.step()
  const seconds = (performance.now() - start) / 1000
  return {
    agents: world.agents,
    rate: (world.agents * ticks) / seconds / 1e6,
    rssGrowth: residentAfterCollection() - rssBefore,
  }
}

/** Seconds for a 15-year weekly run of the baseline at 200×200. */
export function fifteenYears(): number {
  const sim = createSimulation(baseline(200), 1)
  const start = performance.now()
  sim.step(15 * 52)
  return (performance.now() - start) / 1000
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.env.BENCH_JIT !== 'default') tuneJit()
  const [what, size, seed, warmup, ticks] = process.argv.slice(2)
  const result =
    what === 'fifteen-years'
      ? { seconds: fifteenYears() }
      : measureRun(what as BenchModel, Number(size), Number(seed), Number(warmup), Number(ticks))
  console.log(JSON.stringify(result))
}
