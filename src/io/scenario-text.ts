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

const validPrefix = (bytes: Uint8Array, length: number): boolean => {
  try {
    // stream: an incomplete sequence at the end of the prefix is not an error yet.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true })
    return true
  } catch {
    return false
  }
}

/** Scenario file bytes as text; bytes that are not UTF-8 are an error, not silently replaced. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // The longest valid prefix, by bisection: a prefix stays valid until it takes in the bad byte.
    let low = 0
    let high = bytes.length
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (validPrefix(bytes, middle)) low = middle
      else high = middle - 1
    }
    const at = Math.min(low, bytes.length - 1)
    const where = low < bytes.length ? `at byte ${at}` : 'at the end'
    throw new ScenarioFileError(file, `not UTF-8 text: an invalid byte sequence ${where}`)
  }
}
