// The contract every schema node keeps: check a value (applying defaults, reporting every problem
// at its path), describe itself for the parameter panel, and write its own JSON Schema.
import type { Path } from './problem.ts'

/** What a value is for, in words a modeller reads: shown in the app, the docs and the editor. */
export interface Meta {
  /** A short human label, e.g. "Legitimacy". */
  label?: string
  /** One line saying what the value means. */
  description?: string
  /** e.g. "share of cells", "ticks", "probability". */
  unit?: string
  /** Read only when a run is created (placement, initial values, sizes), so a change applies on
   * reset, not from the next tick. On an object, it holds for every parameter inside it. */
  startOnly?: boolean
}

/** Returned by `check` when a value had problems; the problems themselves went to the context. */
export const INVALID: unique symbol = Symbol('invalid')
export type Invalid = typeof INVALID

/** A schedule's range, which a constant expression (or one in t, at t = 0) must keep. */
export interface ValueRange {
  min?: number
  max?: number
  exclusiveMin?: boolean
  exclusiveMax?: boolean
}

/** Checks expression strings; schema nodes never load mathjs themselves. */
export type ExpressionChecker = (
  source: string,
  names: readonly string[],
  range?: ValueRange,
) => string | undefined

export interface Context {
  report(path: Path, message: string): void
  /** Absent when only the schema's structure is being checked. */
  readonly checkExpression?: ExpressionChecker
}

export type JsonSchema = { [key: string]: unknown }

export type LeafType =
  | 'number'
  | 'integer'
  | 'boolean'
  | 'string'
  | 'enum'
  | 'literal'
  | 'schedule'
  | 'expression'
  | 'array'
  | 'record'
  | 'json'

/** How a leaf value is shaped, for forms and docs. */
export interface LeafInfo {
  type: LeafType
  min?: number
  max?: number
  exclusiveMin?: boolean
  exclusiveMax?: boolean
  /** enum: the allowed strings; literal: its value; number-or-literal: the literals besides numbers. */
  options?: readonly (string | number | boolean)[]
  /** schedule and expression: the names an expression may read. */
  names?: readonly string[]
}

export interface Spec<T = unknown, Optional extends boolean = boolean> {
  /** 'object', 'record', 'union', ... for containers; the leaf type for leaves. */
  readonly type: string
  readonly meta: Meta
  /** The key may be absent from its object, and stays absent in the output. */
  readonly optional: Optional
  readonly hasDefault: boolean
  readonly defaultValue: T | undefined
  /** A noun phrase for messages: `a whole number at least 1`, `"life"`. */
  readonly expected: string
  /** Validates `value` at `path`, fills defaults, reports every problem; INVALID if any. */
  check(value: unknown, path: Path, context: Context): T | Invalid
  /** Whether `value` has the JSON type this node handles, so a union can pick the branch. */
  accepts(value: unknown): boolean
  jsonSchema(): JsonSchema
  /** For leaves: their shape for the parameter panel. */
  leaf?(): LeafInfo
  /** Phantom: only carries the output type. */
  readonly _output?: T
}

export type AnySpec = Spec<unknown, boolean>

/** The TypeScript type of a node's validated output. */
export type Infer<S> = S extends Spec<infer T, boolean> ? T : never

/** Flattens intersections so editors show one object type. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {}

/** Options every leaf node takes. */
export interface LeafOptions<T> extends Meta {
  default?: T
}
