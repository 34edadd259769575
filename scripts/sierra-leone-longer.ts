// Diagnosis of the Sierra Leone case (docs/VALIDATION.md), on seeds the validation test never uses
// (1000-1007; the test uses 201-208): the library scenario with every schedule (peacekeepers'
// strength, police and army densities) and the run's length moved later by `shift` ticks, so that
// mission and reform last that much longer at 2002's conditions before the same drawdown. Prints
// each run's outcome, time to relapse, owned police capacity at exit and exit tick. A diagnosis,
// not a calibration: nothing in the scenario is set from it.
// Usage: npx tsx scripts/sierra-leone-longer.ts [shift in ticks, default 156 (three years)]
import { readFileSync } from 'node:fs'
import { createSimulation } from '../src/engine/simulation.ts'
import { parseScenario } from '../src/scenario/validate.ts'
import { runToVerdict } from '../test/validation/library.ts'

const SEEDS = Array.from({ length: 8 }, (_, i) => 1000 + i)
const shift = Number(process.argv[2] ?? 156)

type Schedule = [number, number][]
/** `schedule` with every point after tick 0 moved `shift` ticks later (the value at 0 holds until then). */
const later = (schedule: Schedule): Schedule =>
  schedule.map(([tick, value]) => [tick === 0 ? 0 : tick + shift, value])

const raw = JSON.parse(readFileSync(new URL('../scenarios/sierra-leone.json', import.meta.url), 'utf8'))
raw.drawdown.strength = later(raw.drawdown.strength)
raw.police.density = later(raw.police.density)
raw.military.density = later(raw.military.density)
raw.ticks += shift
const scenario = parseScenario(raw)

const runs = SEEDS.map((seed) => runToVerdict(createSimulation(scenario, seed)))
console.log(`schedules ${shift} ticks later:`)
runs.forEach((o, i) => {
  const relapse = o.outcome === 'relapse' ? ` ${o.timeToRelapse} ticks after exit` : ''
  console.log(
    `  seed ${SEEDS[i]}: ${o.outcome}${relapse}, owned police capacity ${o.ownedCapacityAtExit?.police.toFixed(2)} at exit (tick ${o.exitTick})`,
  )
})
