// The work of `drawdown run`: load, prepare and validate the scenario, run it, and format the
// observables. Loaded only once the options are known to be good (it pulls in mathjs).
import { ParameterError } from '../engine/core/schedule.ts'
import { createSimulation } from '../engine/simulation.ts'
import { WRITERS } from '../io/formats.ts'
import { loadScenarioFile, ScenarioFileError } from '../io/node-files.ts'
import { prepareScenario } from '../io/prepare.ts'
import { formatProblem } from '../scenario/validate.ts'
import { InputError } from './exit.ts'
import type { RunOptions } from './run-options.ts'

/** The output text of a run, or an InputError naming the file for every problem. */
export async function runScenario(options: RunOptions): Promise<string> {
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
  return WRITERS[options.format](simulation.observables(), simulation.observableNames)
}
