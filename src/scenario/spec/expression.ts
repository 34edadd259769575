// A string holding an expression over a declared list of names; validate.ts checks its grammar,
// since this module must not load mathjs.
import { annotations, describeValue } from './describe.ts'
import { INVALID, type LeafOptions, type Spec } from './types.ts'

export function expression(names: readonly string[], options: LeafOptions<string> = {}): Spec<string, false> {
  const { label, description, unit, startOnly } = options
  return {
    type: 'expression',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: 'an expression',
    check(value, path, context) {
      if (typeof value !== 'string') {
        context.report(path, `must be an expression (a string), got ${describeValue(value)}`)
        return INVALID
      }
      const problem =
        value.trim() === '' ? 'expression must not be empty' : context.checkExpression?.(value, names)
      if (problem === undefined) return value
      context.report(path, problem)
      return INVALID
    },
    accepts: (value) => typeof value === 'string',
    jsonSchema() {
      const known = names.length > 0 ? ` Names: ${names.join(', ')}.` : ''
      const schema = annotations(this.meta, this.hasDefault, this.defaultValue)
      schema.description = `${schema.description ?? 'An expression.'}${known}`
      return { ...schema, type: 'string', minLength: 1 }
    },
    leaf: () => ({ type: 'expression', names }),
  }
}
