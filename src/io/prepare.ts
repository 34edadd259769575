// From raw scenario JSON to a validated scenario: the preset first, then overrides, then
// validation, so a bad override is reported exactly like a bad file. Used by the CLI and workers.

import { nestingProblem } from '../scenario/nesting.ts'
import { applyOverrides, type Override, parseOverride, parseOverrideValue } from '../scenario/overrides.ts'
import { applyPreset } from '../scenario/presets.ts'
import { ScenarioError, type ValidationResult, validateScenario } from '../scenario/validate.ts'

export interface PrepareOptions {
  /** A preset stored in the scenario's `presets`, applied before the overrides. */
  preset?: string
  /**
   * Applied in order. A string is a command-line `path=value` whose value is read as JSON when it
   * parses (`0.7`, `[[0,0.9]]`) and kept as text otherwise (`rounded`, `0.9 - 0.01*t`); an
   * `{ path, value }` object sets `value` as it is.
   */
  overrides?: readonly (string | Override)[]
}

function toOverride(entry: string | Override): Override {
  if (typeof entry !== 'string') return entry
  const { path, value } = parseOverride(entry)
  return { path, value: parseOverrideValue(value as string) }
}

/** Every problem (preset, overrides, schema, expressions), or the scenario with defaults filled in. Never throws a ScenarioError. */
export function prepareScenario(raw: unknown, options: PrepareOptions = {}): ValidationResult {
  const tooDeep = nestingProblem(raw)
  if (tooDeep) return { ok: false, problems: [tooDeep] }
  try {
    const preset = options.preset === undefined ? raw : applyPreset(raw, options.preset)
    const overrides = (options.overrides ?? []).map(toOverride)
    // Before copying: an override's value is data from outside too.
    for (const { path, value } of overrides) {
      const deep = nestingProblem(value, [path])
      if (deep) return { ok: false, problems: [deep] }
    }
    return validateScenario(applyOverrides(preset, overrides, { parseStrings: false }))
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, problems: error.problems }
    throw error
  }
}
