// Presets: named sets of dotted-path changes stored in the scenario itself; applying one, and
// checking that every preset names real parameters and leaves a valid scenario.
import { checkExpression } from './check-expression.ts'
import { applyOverrides } from './overrides.ts'
import { FILE_FIELDS, scenarioKinds, scenarioSpec } from './schema.ts'
import { describeValue, isPlainObject, quoteList } from './spec/describe.ts'
import { checkValue, formatProblem, type Problem, resolvePath, ScenarioError } from './spec/index.ts'

function presetsOf(raw: unknown): Record<string, unknown> {
  return isPlainObject(raw) && isPlainObject(raw.presets) ? raw.presets : {}
}

/**
 * A copy of `raw` with preset `name` applied, values taken as they are (not re-read as JSON).
 * Throws ScenarioError, listing the presets there are, when there is no such preset.
 */
export function applyPreset(raw: unknown, name: string): unknown {
  const presets = presetsOf(raw)
  const names = Object.keys(presets)
  if (!Object.hasOwn(presets, name)) {
    const available =
      names.length > 0 ? `available presets: ${quoteList(names)}` : 'this scenario has no presets'
    throw new ScenarioError([
      { path: 'presets', message: `unknown preset ${JSON.stringify(name)}; ${available}` },
    ])
  }
  const entries = presets[name]
  if (!isPlainObject(entries)) {
    throw new ScenarioError([
      { path: `presets.${name}`, message: `must be an object, got ${describeValue(entries)}` },
    ])
  }
  const overrides = Object.keys(entries).map((path) => ({ path, value: entries[path] }))
  return applyOverrides(raw, overrides, { parseStrings: false })
}

/** Why a preset may not set `path` in a scenario of this kind, at the path prefix that is wrong. */
function entryProblem(kind: keyof typeof scenarioKinds, path: string): Problem | undefined {
  const segments = path.split('.')
  if (segments.some((segment) => segment.trim() === '')) {
    return { path, message: 'not a dotted path such as model.legitimacy' }
  }
  if (segments[0] === 'kind') return { path, message: 'a preset cannot change the scenario kind' }
  if (FILE_FIELDS.has(segments[0])) return { path, message: 'not a parameter; a preset sets parameters only' }
  const resolved = resolvePath(scenarioKinds[kind], segments)
  if (resolved.ok) return undefined
  return { path: segments.slice(0, resolved.at + 1).join('.'), message: resolved.message }
}

const isWithin = (problemPath: string, entryPath: string) =>
  problemPath === entryPath ||
  problemPath.startsWith(`${entryPath}.`) ||
  problemPath.startsWith(`${entryPath}[`)

/**
 * Problems with the scenario's presets, at paths such as `presets.run-1.model.vison`: entries that
 * name no parameter, and values that make the scenario invalid once the preset is applied.
 * Problems the scenario has without any preset are not repeated.
 */
export function checkPresets(raw: unknown): Problem[] {
  if (!isPlainObject(raw)) return []
  const { kind } = raw
  if (typeof kind !== 'string' || !Object.hasOwn(scenarioKinds, kind)) return []
  const presets = presetsOf(raw)
  let baseline: Set<string> | undefined
  const problems: Problem[] = []
  for (const name of Object.keys(presets)) {
    const entries = presets[name]
    if (!isPlainObject(entries)) continue // the schema reports this one
    const paths = Object.keys(entries)
    const pathProblems = paths.flatMap((path) => entryProblem(kind as keyof typeof scenarioKinds, path) ?? [])
    problems.push(...pathProblems.map((p) => ({ path: `presets.${name}.${p.path}`, message: p.message })))
    if (pathProblems.length > 0) continue

    let withPreset: unknown
    try {
      withPreset = applyPreset(raw, name)
    } catch (error) {
      // A preset that cannot be applied because a section is not an object: the schema reports that section.
      if (error instanceof ScenarioError) continue
      throw error
    }
    const applied = checkValue(scenarioSpec, withPreset, { checkExpression })
    if (applied.ok) continue
    if (baseline === undefined) {
      const base = checkValue(scenarioSpec, raw, { checkExpression })
      baseline = new Set(base.ok ? [] : base.problems.map(formatProblem))
    }
    for (const problem of applied.problems) {
      if (baseline.has(formatProblem(problem))) continue
      const own = paths.some((path) => isWithin(problem.path, path))
      problems.push(
        own
          ? { path: `presets.${name}.${problem.path}`, message: problem.message }
          : { path: `presets.${name}`, message: `once applied, ${formatProblem(problem)}` },
      )
    }
  }
  return problems
}
