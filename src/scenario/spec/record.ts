// Objects with free keys and one kind of value, e.g. presets by name.
import { annotations, describeValue, isPlainObject } from './describe.ts'
import { type AnySpec, INVALID, type Infer, type LeafOptions, type Spec } from './types.ts'

export interface RecordSpec<V extends AnySpec> extends Spec<Record<string, Infer<V>>, false> {
  readonly type: 'record'
  readonly values: V
}

export interface RecordOptions<T> extends LeafOptions<T> {
  /** At most this many keys. */
  maxKeys?: number
}

export function record<V extends AnySpec>(
  values: V,
  options: RecordOptions<Record<string, Infer<V>>> = {},
): RecordSpec<V> {
  const { label, description, unit, startOnly, maxKeys } = options
  return {
    type: 'record',
    values,
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: 'an object',
    check(value, path, context) {
      if (!isPlainObject(value)) {
        context.report(path, `must be an object, got ${describeValue(value)}`)
        return INVALID
      }
      const count = Object.keys(value).length
      if (maxKeys !== undefined && count > maxKeys) {
        context.report(path, `must have at most ${maxKeys} entries, got ${count}`)
        return INVALID
      }
      let valid = true
      const out: Record<string, Infer<V>> = {}
      for (const key of Object.keys(value)) {
        if (key.trim() === '') {
          context.report([...path, key], 'a name must not be empty')
          valid = false
          continue
        }
        const checked = values.check(value[key], [...path, key], context)
        if (checked === INVALID) valid = false
        // defineProperty: a key such as "__proto__" must stay a plain key of the copy.
        else
          Object.defineProperty(out, key, {
            value: checked,
            enumerable: true,
            writable: true,
            configurable: true,
          })
      }
      return valid ? out : INVALID
    },
    accepts: isPlainObject,
    jsonSchema() {
      return {
        ...annotations(this.meta, this.hasDefault, this.defaultValue),
        type: 'object',
        additionalProperties: values.jsonSchema(),
        ...(maxKeys !== undefined ? { maxProperties: maxKeys } : {}),
      }
    },
    leaf: () => ({ type: 'record' }),
  }
}
