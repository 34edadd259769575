// Dotted scenario paths in an experiment (its "set", its arms' "set", its factors), checked
// against the schema of the base scenario's kind, with a "did you mean" for a misspelt key.
import { FILE_FIELDS, type ScenarioKind, scenarioKinds } from '../scenario/schema.ts'
import { isPlainObject } from '../scenario/spec/describe.ts'
import { type AnySpec, resolvePath } from '../scenario/spec/index.ts'

export type PathCheck =
  | { ok: true; spec: AnySpec }
  /** `where`: the path up to the first segment that is wrong, e.g. `reform.politicalWil`. */
  | { ok: false; where: string; message: string }

/** The schema node at `path` in a scenario of `kind`, or why an experiment may not set it. */
export function checkScenarioPath(kind: ScenarioKind, path: string): PathCheck {
  const segments = path.split('.')
  const refuse = (message: string): PathCheck => ({ ok: false, where: path, message })
  if (segments.some((segment) => segment.trim() === ''))
    return refuse('not a dotted path such as reform.politicalWill')
  const [top] = segments
  if (top === 'kind') return refuse('an experiment cannot change the scenario kind')
  if (top === 'seed') return refuse('the seed is set for each run by "replicates"')
  if (FILE_FIELDS.has(top)) return refuse(`${top} is not a parameter`)
  const resolved = resolvePath(scenarioKinds[kind], segments)
  if (resolved.ok) return { ok: true, spec: resolved.spec }
  return { ok: false, where: segments.slice(0, resolved.at + 1).join('.'), message: resolved.message }
}

/** Whether a schema node holds a single value a factor can vary (not an object of parameters). */
export const isSingleValue = (spec: AnySpec): boolean =>
  spec.type !== 'object' && spec.type !== 'discriminated' && spec.type !== 'record'

/** The value at a dotted path of a parsed scenario, or undefined. */
export function valueAt(scenario: unknown, path: string): unknown {
  let node = scenario
  for (const segment of path.split('.')) {
    if (!isPlainObject(node) || !Object.hasOwn(node, segment)) return undefined
    node = node[segment]
  }
  return node
}
