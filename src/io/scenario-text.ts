// Scenario JSON text to a raw value, with syntax errors as one line naming the file, line and
// column. No Node APIs: the browser uses it for files the user opens.
import { findJsonSyntaxError } from './json-syntax.ts'

/** A scenario file that cannot be read or is not JSON; the message names the file and the place. */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError'
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}

/** Parses scenario JSON text (a leading byte-order mark is allowed); `file` names it in errors. */
export function parseScenarioText(text: string, file: string): unknown {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return JSON.parse(source)
  } catch (error) {
    const problem = findJsonSyntaxError(source)
    if (problem === undefined)
      throw new ScenarioFileError(file, `not valid JSON: ${(error as Error).message}`)
    throw new ScenarioFileError(
      file,
      `not valid JSON: line ${problem.line}, column ${problem.column}: ${problem.message}`,
    )
  }
}
