// Base scenarios from files the user opened or the app bundles, for the browser (or any caller
// without a file system): paths resolved relative to the experiment file, as on Node.
import { parseScenarioText, ScenarioFileError } from '../io/scenario-text.ts'
import type { ScenarioLoader } from './base-scenario.ts'

/** `relative` resolved against the folder of `from`, with `.` and `..` folded: `a/b.json` + `../c.json` → `c.json`. */
export function resolveRelative(from: string, relative: string): string {
  const parts = relative.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

/**
 * A loader over `files` (path → JSON text, or already-parsed JSON), for the experiment file at
 * `experimentPath` (e.g. `experiments/smoke.json` beside `baseline.json`).
 */
export function filesLoader(
  files: Readonly<Record<string, unknown>>,
  experimentPath: string,
): ScenarioLoader {
  return (path) => {
    const key = resolveRelative(experimentPath, path)
    if (!Object.hasOwn(files, key)) throw new ScenarioFileError(path, 'cannot read: no such file')
    const content = files[key]
    return typeof content === 'string' ? parseScenarioText(content, path) : content
  }
}
