// Reading an experiment file on Node: its JSON, and a loader that reads base scenarios relative
// to it. Failures are one line naming the file, as for scenario files.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseScenarioText, ScenarioFileError } from '../io/scenario-text.ts'
import type { ScenarioLoader } from './base-scenario.ts'

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
}

/** The parsed JSON of a file; `shown` names it in errors (ScenarioFileError). */
export function readJsonFile(path: string, shown = path): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new ScenarioFileError(shown, `cannot read: ${READ_ERRORS[code] ?? (error as Error).message}`)
  }
  return parseScenarioText(text, shown)
}

/** Reads base scenarios by paths relative to the experiment file at `experimentPath`. */
export function scenarioLoaderFor(experimentPath: string): ScenarioLoader {
  const folder = dirname(experimentPath)
  return (path) => readJsonFile(resolve(folder, path), path)
}

/** An experiment file's JSON and the loader for its base scenario. */
export function readExperimentFile(path: string): { input: unknown; load: ScenarioLoader } {
  return { input: readJsonFile(path), load: scenarioLoaderFor(path) }
}
