// Strings, optionally required to hold something other than spaces.
import { annotations, describeValue } from './describe.ts'
import { INVALID, type LeafOptions, type Spec } from './types.ts'

export interface StringOptions extends LeafOptions<string> {
  nonEmpty?: boolean
}

export function string(options: StringOptions = {}): Spec<string, false> {
  const { label, description, unit, startOnly } = options
  return {
    type: 'string',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: options.nonEmpty ? 'a non-empty string' : 'a string',
    check(value, path, context) {
      if (typeof value !== 'string') {
        context.report(path, `must be a string, got ${describeValue(value)}`)
        return INVALID
      }
      if (options.nonEmpty && value.trim() === '') {
        context.report(path, 'must not be empty')
        return INVALID
      }
      return value
    },
    accepts: (value) => typeof value === 'string',
    jsonSchema() {
      const schema = { ...annotations(this.meta, this.hasDefault, this.defaultValue), type: 'string' }
      return options.nonEmpty ? { ...schema, minLength: 1, pattern: '\\S' } : schema
    },
    leaf: () => ({ type: 'string' }),
  }
}
