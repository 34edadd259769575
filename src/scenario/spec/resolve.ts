// Follows a dotted path such as `model.legitimacy` through a schema, as overrides and presets do,
// and says where and why a path leads nowhere.
import { type ObjectSpec, type Shape, unknownKey } from './object.ts'
import type { RecordSpec } from './record.ts'
import type { AnySpec } from './types.ts'

export type Resolved =
  | { ok: true; spec: AnySpec }
  /** `at` is the index of the first segment that does not exist. */
  | { ok: false; at: number; message: string }

export function resolvePath(spec: AnySpec, segments: readonly string[]): Resolved {
  let node = spec
  for (const [at, segment] of segments.entries()) {
    if (node.type === 'object') {
      const { shape } = node as ObjectSpec<Shape>
      if (!Object.hasOwn(shape, segment))
        return { ok: false, at, message: unknownKey(segment, Object.keys(shape)) }
      node = shape[segment]
    } else if (node.type === 'record') {
      if (segment.trim() === '') return { ok: false, at, message: 'a name must not be empty' }
      node = (node as RecordSpec<AnySpec>).values
    } else {
      const parent = segments.slice(0, at).join('.')
      return {
        ok: false,
        at,
        message: `unknown key (${parent} is a single ${node.type} value, not an object)`,
      }
    }
  }
  return { ok: true, spec: node }
}
