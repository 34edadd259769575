// true or false, nothing else: no "yes", no 1.
import { annotations, describeValue } from './describe.ts'
import { INVALID, type LeafOptions, type Spec } from './types.ts'

export function boolean(options: LeafOptions<boolean> = {}): Spec<boolean, false> {
  const { label, description, unit, startOnly } = options
  return {
    type: 'boolean',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: 'true or false',
    check(value, path, context) {
      if (typeof value === 'boolean') return value
      context.report(path, `must be true or false, got ${describeValue(value)}`)
      return INVALID
    },
    accepts: (value) => typeof value === 'boolean',
    jsonSchema() {
      return { ...annotations(this.meta, this.hasDefault, this.defaultValue), type: 'boolean' }
    },
    leaf: () => ({ type: 'boolean' }),
  }
}
