// Overrides by dotted path (`model.legitimacy=0.7`), applied to a copy of the raw scenario JSON
// before validation, so an override is checked exactly like the file it changes.
import { describeValue, isPlainObject } from './spec/describe.ts'
import { type Problem, ScenarioError } from './spec/problem.ts'

export interface Override {
  /** Dotted path, e.g. `model.legitimacy` or `world.width`. */
  path: string
  /** A string from the command line is read as JSON when it parses, and kept as text otherwise. */
  value: unknown
}

export interface OverrideOptions {
  /** Read string values as JSON when they parse (the command line); false keeps them as given (presets). */
  parseStrings?: boolean
}

/** `0.7` → 0.7, `true` → true, `[[0,0.9],[100,0.2]]` → an array, `rounded` → "rounded". */
export function parseOverrideValue(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Splits a command-line `path=value` at its first `=`. */
export function parseOverride(argument: string): Override {
  const equals = argument.indexOf('=')
  if (equals <= 0) {
    const message = `expected path=value, e.g. model.legitimacy=0.7, got ${JSON.stringify(argument)}`
    throw new ScenarioError([{ path: '(override)', message }])
  }
  return { path: argument.slice(0, equals).trim(), value: argument.slice(equals + 1) }
}

// defineProperty: a key such as "__proto__" must become a plain key, never a prototype.
const setKey = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

/** A deep copy of plain JSON-like data; anything else is kept as it is, for validation to report. */
export function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson)
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) setKey(out, key, copyJson(value[key]))
  return out
}

function set(root: Record<string, unknown>, path: string, value: unknown): Problem | undefined {
  const segments = path.split('.')
  if (segments.some((segment) => segment.trim() === '')) {
    return { path: path || '(override)', message: 'not a dotted path such as model.legitimacy' }
  }
  let target = root
  for (const [index, segment] of segments.slice(0, -1).entries()) {
    const next = Object.hasOwn(target, segment) ? target[segment] : undefined
    if (next === undefined) setKey(target, segment, {})
    else if (!isPlainObject(next)) {
      // The problem is the container, not the key: `rules: []` is reported as rules, like the schema does.
      const parent = segments.slice(0, index + 1).join('.')
      return { path: parent, message: `must be an object, got ${describeValue(next)}` }
    }
    target = target[segment] as Record<string, unknown>
  }
  setKey(target, segments[segments.length - 1], value)
  return undefined
}

/**
 * Sets each override on a deep copy of `raw` (which is not changed) and returns the copy. Paths
 * are not checked against the schema here: validating the result reports unknown keys, with a
 * "did you mean". Throws ScenarioError only when a path cannot be set at all.
 */
export function applyOverrides(
  raw: unknown,
  overrides: readonly Override[],
  options: OverrideOptions = {},
): unknown {
  const copy = copyJson(raw)
  if (overrides.length === 0) return copy
  if (!isPlainObject(copy)) {
    throw new ScenarioError([{ path: '(root)', message: `must be an object, got ${describeValue(copy)}` }])
  }
  const parseStrings = options.parseStrings ?? true
  const problems: Problem[] = []
  for (const { path, value } of overrides) {
    const parsed = parseStrings && typeof value === 'string' ? parseOverrideValue(value) : copyJson(value)
    const problem = set(copy, path, parsed)
    if (problem) problems.push(problem)
  }
  if (problems.length > 0) throw new ScenarioError(problems)
  return copy
}
