// One of several shapes, told apart by JSON type: e.g. a whole number of ticks or the string "life".
import { annotations, describeValue } from './describe.ts'
import {
  type AnySpec,
  type Context,
  INVALID,
  type Infer,
  type LeafInfo,
  type LeafOptions,
  type Spec,
} from './types.ts'

export function union<const B extends readonly [AnySpec, ...AnySpec[]]>(
  branches: B,
  options: LeafOptions<Infer<B[number]>> = {},
): Spec<Infer<B[number]>, false> {
  const { label, description, unit, startOnly } = options
  const expected = branches.map((branch) => branch.expected).join(' or ')
  return {
    type: 'union',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected,
    check(value, path, context) {
      const candidates = branches.filter((branch) => branch.accepts(value))
      // The branch for this JSON type explains the problem best: `must be a whole number, got 2.5`.
      if (candidates.length === 1) return candidates[0].check(value, path, context) as Infer<B[number]>
      for (const branch of candidates) {
        const scratch: Context = { ...context, report: () => {} }
        const checked = branch.check(value, path, scratch)
        if (checked !== INVALID) return checked as Infer<B[number]>
      }
      if (candidates.length > 0) return candidates[0].check(value, path, context) as Infer<B[number]>
      context.report(path, `must be ${expected}, got ${describeValue(value)}`)
      return INVALID
    },
    accepts: (value) => branches.some((branch) => branch.accepts(value)),
    jsonSchema() {
      return {
        ...annotations(this.meta, this.hasDefault, this.defaultValue),
        anyOf: branches.map((branch) => branch.jsonSchema()),
      }
    },
    leaf() {
      const literals = branches.filter((branch) => branch.type === 'literal')
      const main = branches.find((branch) => branch.type !== 'literal')?.leaf?.() ?? { type: 'literal' }
      const options = literals.flatMap((branch) => branch.leaf?.().options ?? [])
      return { ...main, options } as LeafInfo
    },
  }
}
