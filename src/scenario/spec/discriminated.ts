// A union of object shapes told apart by one key, e.g. `kind`: the key picks the shape to check.
import { annotations, describeValue, isPlainObject, quoteList } from './describe.ts'
import type { ObjectSpec, Shape } from './object.ts'
import { didYouMean } from './suggest.ts'
import { INVALID, type Infer, type Meta, type Spec } from './types.ts'

export type Branches = Record<string, ObjectSpec<Shape>>

export interface DiscriminatedSpec<K extends string, B extends Branches>
  extends Spec<{ [N in keyof B]: Infer<B[N]> }[keyof B], false> {
  readonly type: 'discriminated'
  readonly key: K
  readonly branches: B
}

export function discriminatedUnion<K extends string, B extends Branches>(
  key: K,
  branches: B,
  meta: Meta = {},
): DiscriminatedSpec<K, B> {
  const names = Object.keys(branches)
  return {
    type: 'discriminated',
    key,
    branches,
    meta,
    optional: false,
    hasDefault: false,
    defaultValue: undefined,
    expected: 'an object',
    check(value, path, context) {
      if (!isPlainObject(value)) {
        context.report(path, `must be an object, got ${describeValue(value)}`)
        return INVALID
      }
      const name = value[key]
      if (name === undefined) {
        context.report([...path, key], `required, one of ${quoteList(names)}`)
        return INVALID
      }
      if (typeof name !== 'string' || !Object.hasOwn(branches, name)) {
        const hint = typeof name === 'string' ? didYouMean(name, names) : ''
        context.report(
          [...path, key],
          `must be one of ${quoteList(names)}, got ${describeValue(name)}${hint}`,
        )
        return INVALID
      }
      return branches[name].check(value, path, context) as Infer<B[keyof B]>
    },
    accepts: isPlainObject,
    jsonSchema() {
      return {
        ...annotations(meta, false, undefined),
        type: 'object',
        required: [key],
        oneOf: names.map((name) => branches[name].jsonSchema()),
      }
    },
  }
}
