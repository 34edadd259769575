// Reading scenario files on Node: JSON in, raw value out (validation happens later, after presets
// and overrides). Every failure is one clear line naming the file, never a stack trace.
import { readFile } from 'node:fs/promises'
import { decodeScenarioBytes, parseScenarioText, ScenarioFileError } from './scenario-text.ts'

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
}

/** The parsed JSON of `path`; throws ScenarioFileError when it cannot be read or parsed. */
export async function loadScenarioFile(path: string): Promise<unknown> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new ScenarioFileError(path, `cannot read: ${READ_ERRORS[code] ?? (error as Error).message}`)
  }
  return parseScenarioText(decodeScenarioBytes(bytes, path), path)
}

export { ScenarioFileError } from './scenario-text.ts'
