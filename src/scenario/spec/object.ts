// Strict objects: declared keys only (anything else is reported, with a "did you mean"), defaults
// for keys left out, "required" for the rest, and refinements for checks across fields.
import { annotations, describeValue, isPlainObject } from './describe.ts'
import type { Path, Segment } from './problem.ts'
import { didYouMean } from './suggest.ts'
import { type AnySpec, INVALID, type Infer, type Meta, type Simplify, type Spec } from './types.ts'

export type Shape = Record<string, AnySpec>

type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Spec<unknown, true> ? K : never }[keyof S]

export type ObjectOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>

/** Reports a problem at a path relative to the refined object: `'model.vision'` or `['model', 'vision']`. */
export type Report = (path: string | Path, message: string) => void

/** A check across fields; runs only once every field of the object is valid. */
export type Refinement<T> = (value: T, report: Report) => void

export interface ObjectSpec<S extends Shape> extends Spec<ObjectOutput<S>, false> {
  readonly type: 'object'
  readonly shape: S
  /** A copy of this object node that also runs `refinement`. */
  refine(refinement: Refinement<ObjectOutput<S>>): ObjectSpec<S>
}

const keyList = (keys: string[]) => ` (allowed: ${keys.join(', ')})`

/** `unknown key (did you mean "legitimacy"?)`, or the allowed keys when nothing is close. */
export function unknownKey(key: string, known: string[]): string {
  return `unknown key${didYouMean(key, known) || keyList(known)}`
}

const toSegments = (path: string | Path): Path =>
  typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path

function build<S extends Shape>(
  shape: S,
  meta: Meta,
  refinements: Refinement<ObjectOutput<S>>[],
): ObjectSpec<S> {
  const keys = Object.keys(shape)
  // An object whose every key can be left out can itself be left out: it is then all defaults.
  const allDefaults = keys.every((key) => shape[key].hasDefault || shape[key].optional)
  return {
    type: 'object',
    shape,
    meta,
    optional: false,
    hasDefault: allDefaults,
    defaultValue: allDefaults ? ({} as ObjectOutput<S>) : undefined,
    expected: 'an object',
    check(value, path, context) {
      if (!isPlainObject(value)) {
        context.report(path, `must be an object, got ${describeValue(value)}`)
        return INVALID
      }
      let valid = true
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) continue
        context.report([...path, key], unknownKey(key, keys))
        valid = false
      }
      const out: Record<string, unknown> = {}
      for (const key of keys) {
        const spec = shape[key]
        const present = Object.hasOwn(value, key) && value[key] !== undefined
        if (!present && spec.optional) continue
        if (!present && !spec.hasDefault) {
          context.report([...path, key], 'required')
          valid = false
          continue
        }
        const checked = spec.check(present ? value[key] : spec.defaultValue, [...path, key], context)
        if (checked === INVALID) valid = false
        else out[key] = checked
      }
      if (!valid) return INVALID
      // A copy by spread: `out`, filled by keyed stores, is a dictionary in V8 once it has more than
      // a dozen keys, and the engine reads some scenario objects on every turn.
      const result = { ...out } as ObjectOutput<S>
      for (const refinement of refinements) {
        refinement(result, (relative: string | Path, message: string) => {
          context.report([...path, ...(toSegments(relative) as Segment[])], message)
          valid = false
        })
      }
      return valid ? result : INVALID
    },
    accepts: isPlainObject,
    jsonSchema() {
      const properties: Record<string, unknown> = {}
      for (const key of keys) properties[key] = shape[key].jsonSchema()
      const required = keys.filter((key) => !shape[key].hasDefault && !shape[key].optional)
      return {
        ...annotations(meta, allDefaults, this.defaultValue),
        type: 'object',
        properties,
        ...(required.length > 0 ? { required } : {}),
        additionalProperties: false,
      }
    },
    refine(refinement) {
      return build(shape, meta, [...refinements, refinement])
    },
  }
}

export function object<S extends Shape>(shape: S, meta: Meta = {}): ObjectSpec<S> {
  return build(shape, meta, [])
}
