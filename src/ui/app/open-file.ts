// A scenario file the user opened, read on the page before anything is sent to the engine: bytes
// that are not UTF-8, JSON that does not parse, and nesting deeper than the schema allows (structured
// cloning it for postMessage would overflow the stack) are problems listed by path.
import { decodeScenarioBytes, parseScenarioText, ScenarioFileError } from '../../io/scenario-text.ts'
import { nestingProblem } from '../../scenario/nesting.ts'
import type { Problem } from '../../scenario/schema.ts'

export type ReadFile = { ok: true; raw: unknown; text: string } | { ok: false; problems: Problem[] }

export function readScenarioBytes(bytes: Uint8Array, name: string): ReadFile {
  let text: string
  let raw: unknown
  try {
    text = decodeScenarioBytes(bytes, name)
    raw = parseScenarioText(text, name)
  } catch (error) {
    if (!(error instanceof ScenarioFileError)) throw error
    return { ok: false, problems: [{ path: '(file)', message: error.reason }] }
  }
  const deep = nestingProblem(raw)
  return deep ? { ok: false, problems: [deep] } : { ok: true, raw, text }
}
