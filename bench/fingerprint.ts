// `npx tsx bench/fingerprint.ts [--check]`: a broad equivalence check for performance work. Runs
// every library scenario and preset on two seeds, and the benchmark's worlds, and hashes what a
// user can see of each run (observables, events, the final frame of who stands where). `--check`
// compares against bench/fingerprints.json, written from the engine before an optimisation.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createSimulation } from '../src/engine/simulation.ts'
import { applyPreset } from '../src/scenario/presets.ts'
import type { Scenario } from '../src/scenario/schema.ts'
import { parseScenario } from '../src/scenario/validate.ts'
import { baseline, modelOne } from './measure.ts'
import { runHash } from './run-hash.ts'

const FILE = fileURLToPath(new URL('./fingerprints.json', import.meta.url))
const SCENARIOS = fileURLToPath(new URL('../scenarios/', import.meta.url))

function fingerprint(scenario: Scenario, seed: number, ticks: number): string {
  const sim = createSimulation(scenario, seed)
  sim.step(ticks)
  return runHash(sim)
}

const cases: [string, () => Scenario, number, number][] = []
for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  const raw = JSON.parse(readFileSync(`${SCENARIOS}${file}`, 'utf8'))
  const ticks = raw.kind === 'ssr' ? 60 : 150
  for (const preset of [undefined, ...Object.keys(raw.presets ?? {})]) {
    const make = () => parseScenario(preset === undefined ? raw : applyPreset(raw, preset))
    for (const seed of [1, 2]) cases.push([`${file}${preset ? `#${preset}` : ''}`, make, seed, ticks])
  }
}
for (const size of [40, 100, 200]) cases.push([`model-one ${size}`, () => modelOne(size), 3, 120])
cases.push(['ssr 200', () => baseline(200), 3, 40])

const results: Record<string, string> = {}
for (const [name, make, seed, ticks] of cases) {
  results[`${name} seed ${seed} ticks ${ticks}`] = fingerprint(make(), seed, ticks)
}
if (process.argv.includes('--check')) {
  const saved = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>
  const differ = Object.keys(saved).filter((key) => saved[key] !== results[key])
  for (const key of differ) console.log(`DIFFERS: ${key}`)
  console.log(`${Object.keys(saved).length - differ.length} of ${Object.keys(saved).length} runs identical`)
  process.exitCode = differ.length === 0 ? 0 : 1
} else {
  writeFileSync(FILE, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`wrote ${Object.keys(results).length} fingerprints`)
}
