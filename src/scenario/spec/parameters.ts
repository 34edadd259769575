// Walks a schema and lists every parameter leaf with its dotted path and metadata, for the web
// app's parameter panel and the docs.
import type { ObjectSpec, Shape } from './object.ts'
import type { AnySpec, LeafInfo } from './types.ts'

export interface ParameterInfo extends LeafInfo {
  /** Dotted path, e.g. `model.legitimacy`: the same path overrides and presets use. */
  path: string
  label?: string
  description?: string
  unit?: string
  default?: unknown
  /** The key may be left out and has no default. */
  optional: boolean
  /** Only read when a run is created: a change applies on reset. Absent when false. */
  startOnly?: true
}

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

/**
 * Every leaf under `spec` (objects are walked, everything else is a leaf), in declaration order.
 * A leaf is start-only when it or any object around it is marked so.
 */
export function listLeaves(
  spec: AnySpec,
  prefix: readonly string[] = [],
  startOnly = false,
): ParameterInfo[] {
  const inherited = startOnly || spec.meta.startOnly === true
  if (spec.type === 'object') {
    const { shape } = spec as ObjectSpec<Shape>
    return Object.keys(shape).flatMap((key) => listLeaves(shape[key], [...prefix, key], inherited))
  }
  if (!spec.leaf) return []
  return [
    withoutUndefined({
      path: prefix.join('.'),
      ...spec.leaf(),
      ...spec.meta,
      default: spec.defaultValue,
      optional: spec.optional,
      startOnly: inherited ? (true as const) : undefined,
    }),
  ]
}
