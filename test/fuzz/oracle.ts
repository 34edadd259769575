// What every fuzz case must end in: a short valid run, or problems that each name a path (or a link
// part), with no uncaught exception, no stack trace and a bounded time. Shared by the fuzz suites.
import { ParameterError } from '../../src/engine/core/schedule.ts'
import { createSimulation } from '../../src/engine/simulation.ts'
import { prepareScenario } from '../../src/io/prepare.ts'
import { decodeScenarioBytes, parseScenarioText, ScenarioFileError } from '../../src/io/scenario-text.ts'
import type { Override } from '../../src/scenario/overrides.ts'
import type { Problem } from '../../src/scenario/validate.ts'
import { overrideList } from '../../src/ui/app/recipe.ts'
import { decodeShare, ShareLinkError } from '../../src/ui/app/share.ts'

/** Stack frames, an error class name or an internal message: what a user must never read. */
const LEAK =
  /^\s+at |\w*Error:|node:internal|Maximum call stack|Invalid (typed )?array length|\[object Object\]|undefined is not|Cannot read prop/m

/** Worlds larger than this are validated but not run, to keep each case short. */
const RUN_CELLS = 2500
const RUN_TICKS = 3

export type Ending = 'ran' | 'valid-not-run' | 'invalid' | 'file-error' | 'link-error' | 'run-error'

export class OracleFailure extends Error {
  override readonly name = 'OracleFailure'
}

function checkMessage(text: string, what: string): void {
  if (text.trim() === '') throw new OracleFailure(`${what}: empty message`)
  if (LEAK.test(text)) throw new OracleFailure(`${what}: leaks internals: ${text.slice(0, 300)}`)
}

function checkProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) throw new OracleFailure('invalid, but no problem given')
  for (const { path, message } of problems) {
    if (typeof path !== 'string' || path.trim() === '')
      throw new OracleFailure(`problem without a path: ${message}`)
    checkMessage(message, path)
  }
}

/** Validates, and runs a few ticks of a small valid scenario. */
export function scenarioEnding(raw: unknown, overrides: readonly (string | Override)[] = []): Ending {
  const prepared = prepareScenario(raw, { overrides })
  if (!prepared.ok) {
    checkProblems(prepared.problems)
    return 'invalid'
  }
  const { scenario } = prepared
  if (scenario.world.width * scenario.world.height > RUN_CELLS) return 'valid-not-run'
  const simulation = createSimulation(scenario)
  try {
    simulation.step(Math.min(RUN_TICKS, scenario.ticks))
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error
    // A run-time range error names its path: `model.legitimacy: must be … at tick 2`.
    if (!/^[\w.[\]]+: /.test(error.message))
      throw new OracleFailure(`run error without a path: ${error.message}`)
    checkMessage(error.message.replace(/^[^:]+: /, ''), 'run error')
    return 'run-error'
  }
  for (const [name, column] of Object.entries(simulation.observables())) {
    for (const value of column)
      if (!Number.isFinite(value)) throw new OracleFailure(`observable ${name} is ${value}`)
  }
  return 'ran'
}

/** A scenario file's bytes: decoded, parsed, then as scenarioEnding. */
export function fileEnding(bytes: Uint8Array): Ending {
  let raw: unknown
  try {
    raw = parseScenarioText(decodeScenarioBytes(bytes, 'fuzz.json'), 'fuzz.json')
  } catch (error) {
    if (!(error instanceof ScenarioFileError)) throw error
    if (!error.message.startsWith('fuzz.json: '))
      throw new OracleFailure(`file error not naming the file: ${error.message}`)
    checkMessage(error.reason, 'file error')
    return 'file-error'
  }
  return scenarioEnding(raw)
}

/** A share link's fragment: decoded (every bad part named), then its overrides validated with `raw`. */
export async function linkEnding(fragment: string, raw: unknown): Promise<Ending> {
  let state: Awaited<ReturnType<typeof decodeShare>>
  try {
    state = await decodeShare(fragment)
  } catch (error) {
    if (!(error instanceof ShareLinkError)) throw error
    if (error.problems.length === 0) throw new OracleFailure('link error with no problem')
    for (const problem of error.problems) checkMessage(problem, 'link')
    return 'link-error'
  }
  if (state === null) return 'valid-not-run'
  const segments = [...state.a.segments, ...(state.b?.segments ?? [])]
  let ending: Ending = 'ran'
  for (const segment of segments) {
    const result = scenarioEnding(raw, overrideList(segment.overrides))
    if (result === 'invalid' || result === 'run-error') ending = result
  }
  return ending
}

/** Runs `job`, failing when it takes longer than `limitMs`. */
export async function timed<T>(limitMs: number, job: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await job()
  const elapsed = performance.now() - started
  if (elapsed > limitMs) throw new OracleFailure(`took ${elapsed.toFixed(0)} ms, more than ${limitMs} ms`)
  return result
}
