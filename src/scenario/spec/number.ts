// Numbers: finite, optionally whole, optionally bounded (inclusive or exclusive) on either side.
import { annotations, describeValue } from './describe.ts'
import type { Path } from './problem.ts'
import { type Context, INVALID, type Invalid, type LeafOptions, type Spec } from './types.ts'

export interface NumberOptions extends LeafOptions<number> {
  min?: number
  max?: number
  /** The bound itself is not allowed: `> min` rather than `>= min`. */
  exclusiveMin?: boolean
  exclusiveMax?: boolean
  integer?: boolean
}

export interface NumberSpec extends Spec<number, false> {
  readonly options: NumberOptions
}

/** `between 0 and 1`, `at least 1`, `greater than 0 and at most 50`, or '' when unbounded. */
export function rangePhrase({ min, max, exclusiveMin, exclusiveMax }: NumberOptions): string {
  if (min !== undefined && max !== undefined && !exclusiveMin && !exclusiveMax)
    return `between ${min} and ${max}`
  const low = min === undefined ? undefined : exclusiveMin ? `greater than ${min}` : `at least ${min}`
  const high = max === undefined ? undefined : exclusiveMax ? `less than ${max}` : `at most ${max}`
  return [low, high].filter(Boolean).join(' and ')
}

/** The problem with `value` as a number of this kind, or undefined if it is fine. */
export function numberProblem(value: unknown, options: NumberOptions): string | undefined {
  const kind = options.integer ? 'a whole number' : 'a number'
  if (typeof value !== 'number') return `must be ${kind}, got ${describeValue(value)}`
  if (!Number.isFinite(value)) return `must be a finite number, got ${value}`
  if (options.integer && !Number.isInteger(value)) return `must be a whole number, got ${value}`
  const { min, max, exclusiveMin, exclusiveMax } = options
  const tooLow = min !== undefined && (exclusiveMin ? value <= min : value < min)
  const tooHigh = max !== undefined && (exclusiveMax ? value >= max : value > max)
  if (tooLow || tooHigh) return `must be ${rangePhrase(options)}, got ${value}`
  return undefined
}

/** JSON Schema keywords for the number's type and bounds. */
export function numberKeywords(options: NumberOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { type: options.integer ? 'integer' : 'number' }
  if (options.min !== undefined) out[options.exclusiveMin ? 'exclusiveMinimum' : 'minimum'] = options.min
  if (options.max !== undefined) out[options.exclusiveMax ? 'exclusiveMaximum' : 'maximum'] = options.max
  return out
}

export function number(options: NumberOptions = {}): NumberSpec {
  const { label, description, unit, startOnly } = options
  const range = rangePhrase(options)
  return {
    type: options.integer ? 'integer' : 'number',
    meta: { label, description, unit, startOnly },
    options,
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: `${options.integer ? 'a whole number' : 'a number'}${range && ` ${range}`}`,
    check(value: unknown, path: Path, context: Context): number | Invalid {
      const problem = numberProblem(value, options)
      if (problem === undefined) return value as number
      context.report(path, problem)
      return INVALID
    },
    accepts: (value) => typeof value === 'number',
    jsonSchema() {
      return { ...annotations(this.meta, this.hasDefault, this.defaultValue), ...numberKeywords(options) }
    },
    leaf() {
      const { min, max, exclusiveMin, exclusiveMax } = options
      return { type: this.type as 'number' | 'integer', min, max, exclusiveMin, exclusiveMax }
    },
  }
}

/** A whole number: `integer({ min: 1 })`. */
export const integer = (options: Omit<NumberOptions, 'integer'> = {}): NumberSpec =>
  number({ ...options, integer: true })
