// Lists of one kind of item, with optional bounds on their length.
import { annotations, describeValue } from './describe.ts'
import { type AnySpec, INVALID, type Infer, type LeafOptions, type Spec } from './types.ts'

export interface ArrayOptions<T> extends LeafOptions<T[]> {
  minItems?: number
  maxItems?: number
}

/** A list spec keeps its item spec, so that docs can walk into list items. */
export interface ArraySpec<I extends AnySpec> extends Spec<Infer<I>[], false> {
  readonly item: I
}

const items = (count: number) => `${count} item${count === 1 ? '' : 's'}`

export function array<I extends AnySpec>(item: I, options: ArrayOptions<Infer<I>> = {}): ArraySpec<I> {
  const { label, description, unit, startOnly, minItems, maxItems } = options
  return {
    type: 'array',
    item,
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: 'an array',
    check(value, path, context) {
      if (!Array.isArray(value)) {
        context.report(path, `must be an array, got ${describeValue(value)}`)
        return INVALID
      }
      let valid = true
      if (minItems !== undefined && value.length < minItems) {
        context.report(path, `must have at least ${items(minItems)}, got ${value.length}`)
        valid = false
      }
      if (maxItems !== undefined && value.length > maxItems) {
        context.report(path, `must have at most ${items(maxItems)}, got ${value.length}`)
        valid = false
      }
      const out: Infer<I>[] = []
      value.forEach((element, index) => {
        const checked = item.check(element, [...path, index], context)
        if (checked === INVALID) valid = false
        else out.push(checked as Infer<I>)
      })
      return valid ? out : INVALID
    },
    accepts: Array.isArray,
    jsonSchema() {
      return {
        ...annotations(this.meta, this.hasDefault, this.defaultValue),
        type: 'array',
        items: item.jsonSchema(),
        ...(minItems !== undefined ? { minItems } : {}),
        ...(maxItems !== undefined ? { maxItems } : {}),
      }
    },
    leaf: () => ({ type: 'array' }),
  }
}
