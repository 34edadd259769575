// Any JSON value (null, boolean, number, string, array, object), copied; e.g. a preset's values.
import { annotations, describeValue, isPlainObject } from './describe.ts'
import type { Path } from './problem.ts'
import { type Context, INVALID, type LeafOptions, type Spec } from './types.ts'

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

function copy(value: unknown, path: Path, context: Context): JsonValue | typeof INVALID {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value
    context.report(path, `must be a finite number, got ${value}`)
    return INVALID
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = []
    let valid = true
    value.forEach((item, index) => {
      const copied = copy(item, [...path, index], context)
      if (copied === INVALID) valid = false
      else out.push(copied)
    })
    return valid ? out : INVALID
  }
  if (isPlainObject(value)) {
    const out: { [key: string]: JsonValue } = {}
    let valid = true
    for (const key of Object.keys(value)) {
      const copied = copy(value[key], [...path, key], context)
      if (copied === INVALID) valid = false
      else
        Object.defineProperty(out, key, {
          value: copied,
          enumerable: true,
          writable: true,
          configurable: true,
        })
    }
    return valid ? out : INVALID
  }
  context.report(path, `must be a JSON value, got ${describeValue(value)}`)
  return INVALID
}

export function json(options: LeafOptions<JsonValue> = {}): Spec<JsonValue, false> {
  const { label, description, unit, startOnly } = options
  return {
    type: 'json',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: 'a JSON value',
    check: copy,
    accepts: (value) => value !== undefined,
    jsonSchema() {
      return annotations(this.meta, this.hasDefault, this.defaultValue)
    },
    leaf: () => ({ type: 'json' }),
  }
}
