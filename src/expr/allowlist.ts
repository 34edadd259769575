// What a scenario expression may contain: its operators, its functions (with their arities) and its
// named constants. Everything else is rejected before evaluation.

/** mathjs operator function names we allow, with the operator as the user writes it. */
export const OPERATORS: Readonly<Record<string, string>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  mod: '%',
  unaryMinus: '-',
  unaryPlus: '+',
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
  and: 'and',
  or: 'or',
  xor: 'xor',
  not: 'not',
}

/** The comparison operators a chained comparison such as `0 < t < 10` may use. */
export const COMPARISONS: ReadonlySet<string> = new Set([
  'smaller',
  'smallerEq',
  'larger',
  'largerEq',
  'equal',
  'unequal',
])

/** Pure numeric functions an expression may call: [fewest, most] arguments. */
export const FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  abs: [1, 1],
  sign: [1, 1],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  log10: [1, 1],
  pow: [2, 2],
  floor: [1, 1],
  ceil: [1, 1],
  round: [1, 2],
  sin: [1, 1],
  cos: [1, 1],
  tan: [1, 1],
  min: [1, Number.POSITIVE_INFINITY],
  max: [1, Number.POSITIVE_INFINITY],
  // clamp(x, low, high) is rewritten to min(max(x, low), high) before compiling.
  clamp: [3, 3],
}

/** Named constants, replaced by their value unless the caller allows a name that shadows them. */
export const CONSTANTS: Readonly<Record<string, number>> = {
  pi: Math.PI,
  e: Math.E,
}

export const isAllowedFunction = (name: string): boolean => Object.hasOwn(FUNCTIONS, name)
