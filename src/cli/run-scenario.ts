// The work of `drawdown run`: load, prepare and validate the scenario, run it, and format the
// observables. Loaded only once the options are known to be good (it pulls in mathjs).
import { ParameterError } from '../engine/core/schedule.ts'
import { createSimulation, type Simulation } from '../engine/simulation.ts'
import { WRITERS } from '../io/formats.ts'
import { loadScenarioFile, ScenarioFileError } from '../io/node-files.ts'
import { prepareScenario } from '../io/prepare.ts'
import { convertColumns } from '../io/units.ts'
import { formatProblem } from '../scenario/validate.ts'
import { InputError } from './exit.ts'
import type { RunOptions } from './run-options.ts'

export interface FinishedRun {
  /** The run, stopped after its last tick, for its events and outcome. */
  simulation: Simulation
  /** The observables, formatted as the options ask. */
  output: string
}

/** A finished run and its formatted observables, or an InputError naming the file for every problem. */
export async function runScenario(options: RunOptions): Promise<FinishedRun> {
  const { file } = options
  let raw: unknown
  try {
    raw = await loadScenarioFile(file)
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new InputError([error.message])
    throw error
  }
  const prepared = prepareScenario(raw, { preset: options.preset, overrides: options.overrides })
  if (!prepared.ok) {
    throw new InputError(prepared.problems.map((problem) => `${file}: ${formatProblem(problem)}`))
  }
  const { scenario } = prepared
  const simulation = createSimulation(scenario, options.seed ?? scenario.seed)
  try {
    simulation.step(options.ticks ?? scenario.ticks)
  } catch (error) {
    // A schedule that strays out of range at run time: the same kind of problem as a bad file.
    if (error instanceof ParameterError) throw new InputError([`${file}: ${error.message}`], error)
    throw error
  }
  const names = simulation.observableNames
  const observed = simulation.observables()
  const columns =
    options.units === 'model' ? observed : convertColumns(scenario, observed, names, options.units)
  return { simulation, output: WRITERS[options.format](columns, names) }
}
