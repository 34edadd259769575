// Files the user chose from disk: an experiment (with the scenario files it names, if they are not
// in the library) or a results folder written by `drawdown batch`. Pure: the view reads the texts.
import { isExperimentInput } from '../../experiment/detect.ts'

/** A file as the view has it: where it came from (the folder-relative path when known) and its text. */
export interface ChosenFile {
  path: string
  text: string
}

/** The folder a chosen experiment is placed in among the library files, beside the library's own. */
export const CHOSEN_FOLDER = 'experiments/'

/**
 * The files an experiment run sees: the library, and the chosen files in the experiments folder
 * (so `../baseline.json` reaches the library and `./mine.json` a chosen file). Returns the
 * experiment's key, or a message naming the problem.
 */
export function experimentFiles(
  library: Readonly<Record<string, string>>,
  chosen: readonly ChosenFile[],
): { files: Record<string, string>; path: string; shown: string } | { error: string } {
  if (chosen.length === 0) return { error: 'choose an experiment file (.json)' }
  const named = chosen.map((file) => ({ ...file, name: file.path.slice(file.path.lastIndexOf('/') + 1) }))
  // One file is the experiment whatever it holds: expansion then says what is wrong with it.
  const experiments = named.length === 1 ? named : named.filter((file) => isExperimentText(file.text))
  if (experiments.length === 0)
    return {
      error: `${named.map((file) => file.path).join(', ')}: no experiment file among them (an experiment has "scenario" and "arms", "factors" or "replicates")`,
    }
  if (experiments.length > 1)
    return {
      error: `choose one experiment at a time, got ${experiments.map((file) => file.path).join(', ')}`,
    }
  const files = { ...library }
  for (const file of named) files[`${CHOSEN_FOLDER}${file.name}`] = file.text
  return { files, path: `${CHOSEN_FOLDER}${experiments[0].name}`, shown: experiments[0].path }
}

/** True for JSON text that reads as an experiment file; false for scenarios and anything else. */
function isExperimentText(text: string): boolean {
  try {
    return isExperimentInput(JSON.parse(text))
  } catch {
    return false
  }
}

/** runs.csv and manifest.json of a results folder among chosen files (a folder or several files). */
export function resultsFiles(
  chosen: readonly ChosenFile[],
): { runs: ChosenFile; manifest: ChosenFile } | { error: string } {
  const find = (name: string) =>
    chosen
      .filter((file) => file.path === name || file.path.endsWith(`/${name}`))
      .sort((a, b) => a.path.length - b.path.length)[0]
  const runs = find('runs.csv')
  const manifest = find('manifest.json')
  const missing = [runs ? null : 'runs.csv', manifest ? null : 'manifest.json'].filter(Boolean)
  if (missing.length > 0)
    return {
      error: `${missing.join(' and ')} missing among ${chosen.length === 0 ? 'no files' : chosen.map((file) => file.path).join(', ')}: choose a folder written by drawdown batch`,
    }
  return { runs: runs as ChosenFile, manifest: manifest as ChosenFile }
}
