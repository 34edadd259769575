// Exactly one value, e.g. the string "life" or a scenario's kind.
import { annotations, describeValue } from './describe.ts'
import { INVALID, type Meta, type Spec } from './types.ts'

export function literal<const V extends string | number | boolean>(
  value: V,
  meta: Meta = {},
): Spec<V, false> {
  const { label, description, unit, startOnly } = meta
  const written = JSON.stringify(value)
  return {
    type: 'literal',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: false,
    defaultValue: undefined,
    expected: written,
    check(input, path, context) {
      if (input === value) return value
      context.report(path, `must be ${written}, got ${describeValue(input)}`)
      return INVALID
    },
    // A union only hands this branch its own value: anything else gets the union's message.
    accepts: (input) => input === value,
    jsonSchema() {
      return { ...annotations(this.meta, false, undefined), const: value }
    },
    leaf: () => ({ type: 'literal', options: [value] }),
  }
}
