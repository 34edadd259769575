// One of a fixed set of strings, e.g. "torus" | "bounded".
import { annotations, describeValue, quoteList } from './describe.ts'
import { didYouMean } from './suggest.ts'
import { INVALID, type LeafOptions, type Spec } from './types.ts'

export function enumOf<const V extends readonly [string, ...string[]]>(
  values: V,
  options: LeafOptions<V[number]> = {},
): Spec<V[number], false> {
  const { label, description, unit, startOnly } = options
  const allowed = new Set<string>(values)
  return {
    type: 'enum',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: `one of ${quoteList(values)}`,
    check(value, path, context) {
      if (typeof value === 'string' && allowed.has(value)) return value as V[number]
      const hint = typeof value === 'string' ? didYouMean(value, values) : ''
      context.report(path, `must be one of ${quoteList(values)}, got ${describeValue(value)}${hint}`)
      return INVALID
    },
    accepts: (value) => typeof value === 'string',
    jsonSchema() {
      return {
        ...annotations(this.meta, this.hasDefault, this.defaultValue),
        type: 'string',
        enum: [...values],
      }
    },
    leaf: () => ({ type: 'enum', options: values }),
  }
}
