// An experiment file read and expanded for a command (`batch`, `slurm`), with the files it was
// made from; a file that cannot be read or is invalid becomes one InputError naming its problems.
import { dirname, resolve } from 'node:path'
import { expandExperiment } from '../experiment/expand.ts'
import { readExperimentFile } from '../experiment/files-node.ts'
import { ScenarioFileError } from '../io/scenario-text.ts'
import { formatProblem, ScenarioError } from '../scenario/validate.ts'
import { InputError } from './exit.ts'

export function expandExperimentFile(file: string) {
  try {
    const { input, load } = readExperimentFile(file)
    const experiment = expandExperiment(input, load)
    const scenario = (input as { scenario?: unknown }).scenario
    const inputs = [file, ...(typeof scenario === 'string' ? [resolve(dirname(file), scenario)] : [])]
    return { experiment, inputs }
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new InputError([error.message], error)
    if (error instanceof ScenarioError)
      throw new InputError(
        error.problems.map((problem) => `${file}: ${formatProblem(problem)}`),
        error,
      )
    throw error
  }
}
