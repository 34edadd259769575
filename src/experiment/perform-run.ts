// One whole run of a RunSpec: create, step every tick, and keep the recorded rows and the
// outcome, in model or real units. Pure engine code, so a worker and the main thread run it alike
// (same bits).
import { createSimulation } from '../engine/simulation.ts'
import { convertColumns } from '../io/units.ts'
import type { RecordSpec, RunResult } from './run-result.ts'
import type { RunSpec } from './run-spec.ts'

/** The observables a record spec asks for, checked against the kind's names. */
export function recordedNames(available: readonly string[], record: RecordSpec): string[] {
  if (record.observables === 'all') return [...available]
  const missing = record.observables.filter((name) => !available.includes(name))
  if (missing.length > 0) {
    throw new RangeError(`record.observables: no observable named ${missing.map((n) => `"${n}"`).join(', ')}`)
  }
  return [...record.observables]
}

/** Rows at ticks 0, every, 2·every, … ≤ ticks: the indices into a column that starts at tick 0. */
function recordedTicks(ticks: number, every: number): Float64Array {
  const rows = Math.floor(ticks / every) + 1
  const out = new Float64Array(rows)
  for (let row = 0; row < rows; row++) out[row] = row * every
  return out
}

/**
 * Runs `spec` to its end and returns what the store needs; throws when the run fails. The end is
 * the scenario's ticks, or later when a drawdown's exit needs its whole post-exit window judged
 * (Simulation.runToEnd), so arms with later exits are judged over the same window.
 */
export function performRun(spec: RunSpec, record: RecordSpec): RunResult {
  const every = record.every
  if (!Number.isSafeInteger(every) || every < 1) {
    throw new RangeError(`record.every must be a whole number of at least 1, got ${every}`)
  }
  const simulation = createSimulation(spec.scenario, spec.seed)
  const names = recordedNames(simulation.observableNames, record)
  simulation.runToEnd()
  const ticks = simulation.tick
  const modelUnits = simulation.observables(0)
  // Converted from the whole table, since a sum (casualties) reads parts that may not be recorded.
  const all =
    (record.units ?? 'model') === 'model'
      ? modelUnits
      : convertColumns(spec.scenario, modelUnits, names, 'real')
  const tickColumn = recordedTicks(ticks, every)
  const columns = names.map((name) => {
    const source = all[name]
    if (every === 1) return source
    const column = new Float64Array(tickColumn.length)
    for (let row = 0; row < column.length; row++) column[row] = source[row * every]
    return column
  })
  const final = Float64Array.from(names, (name) => all[name][ticks])
  return { runId: spec.runId, ticks, outcome: simulation.outcome(), names, tickColumn, columns, final }
}

/** The typed arrays of a result, for a transfer list (each buffer once). */
export function resultBuffers(result: RunResult): ArrayBuffer[] {
  const arrays = [result.tickColumn, result.final, ...result.columns]
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))]
}
