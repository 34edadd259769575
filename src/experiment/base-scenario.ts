// The base scenario of an experiment: read through the injected loader (a path relative to the
// experiment file) or written inline, then checked with its preset, problems under `scenario`.
import { ScenarioFileError } from '../io/scenario-text.ts'
import { applyPreset } from '../scenario/presets.ts'
import { formatProblem, type Problem, ScenarioError, validateScenario } from '../scenario/validate.ts'

/** Returns the raw JSON of a scenario file, given its path relative to the experiment file. */
export type ScenarioLoader = (path: string) => unknown

export type BaseResult = { ok: true; raw: unknown } | { ok: false; problems: Problem[] }

/** The base scenario's raw JSON and its problems, if any, as an experiment reports them. */
export function loadBase(scenario: string | Record<string, unknown>, load: ScenarioLoader): BaseResult {
  if (typeof scenario !== 'string') {
    const result = validateScenario(scenario)
    if (result.ok) return { ok: true, raw: scenario }
    const at = (path: string) => (path === '(root)' ? 'scenario' : `scenario.${path}`)
    return { ok: false, problems: result.problems.map((p) => ({ path: at(p.path), message: p.message })) }
  }
  let raw: unknown
  try {
    raw = load(scenario)
  } catch (error) {
    if (error instanceof ScenarioFileError)
      return { ok: false, problems: [{ path: 'scenario', message: error.message }] }
    throw error
  }
  const result = validateScenario(raw)
  if (result.ok) return { ok: true, raw }
  return {
    ok: false,
    problems: result.problems.map((p) => ({ path: 'scenario', message: `${scenario}: ${formatProblem(p)}` })),
  }
}

/** `raw` with a preset applied, or the problem at `path` (e.g. `preset`, `arms[1].preset`). */
export function withPreset(
  raw: unknown,
  preset: string | undefined,
  path: string,
): { raw: unknown } | Problem {
  if (preset === undefined) return { raw }
  try {
    return { raw: applyPreset(raw, preset) }
  } catch (error) {
    if (error instanceof ScenarioError)
      return { path, message: error.problems.map((p) => p.message).join('; ') }
    throw error
  }
}
