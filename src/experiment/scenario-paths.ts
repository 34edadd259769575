// Dotted scenario paths in an experiment (its "set", its arms' "set", its factors), checked
// against the schema of the base scenario's kind, with a "did you mean" for a misspelt key.
import { FILE_FIELDS, type ScenarioKind, scenarioKinds } from '../scenario/schema.ts'
import { isPlainObject } from '../scenario/spec/describe.ts'
import { type AnySpec, resolvePath } from '../scenario/spec/index.ts'

export type PathCheck = { ok: true; spec: AnySpec } | { ok: false; message: string }

/** The schema node at `path` in a scenario of `kind`, or why an experiment may not set it. */
export function checkScenarioPath(kind: ScenarioKind, path: string): PathCheck {
  const segments = path.split('.')
  if (segments.some((segment) => segment.trim() === ''))
    return { ok: false, message: `${JSON.stringify(path)} is not a dotted path such as reform.politicalWill` }
  const [top] = segments
  if (top === 'kind') return { ok: false, message: 'an experiment cannot change the scenario kind' }
  if (top === 'seed') return { ok: false, message: 'the seed is set for each run by "replicates"' }
  if (FILE_FIELDS.has(top)) return { ok: false, message: `${top} is not a parameter` }
  const resolved = resolvePath(scenarioKinds[kind], segments)
  if (resolved.ok) return { ok: true, spec: resolved.spec }
  const where = segments.slice(0, resolved.at + 1).join('.')
  return { ok: false, message: `${where}: ${resolved.message}` }
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
