// compileExpression: parse a scenario expression once, check it against the allowlist, and return
// an evaluator that reads only the allowed names of the scope it is given.
import type { MathNode } from 'mathjs/number'
import { isAllowedFunction } from './allowlist.ts'
import { checkTree } from './check.ts'
import { ExpressionError } from './error.ts'
import { findName } from './locate.ts'
import { parseExpression } from './math.ts'

/** Longer sources are rejected outright; a scenario expression is a line, not a program. */
export const MAX_EXPRESSION_LENGTH = 1000

export interface CompiledExpression {
  readonly source: string
  /** The allowed names the expression reads; an expression that reads none is a constant. */
  readonly names: readonly string[]
  /** The value for the given scope; true and false come back as 1 and 0. */
  evaluate(scope: Readonly<Record<string, number>>): number
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

function checkAllowedNames(allowedNames: readonly string[]): void {
  for (const name of allowedNames) {
    if (!NAME.test(name))
      throw new TypeError(`allowed name ${JSON.stringify(name)} is not a (dotted) identifier`)
    if (isAllowedFunction(name))
      throw new TypeError(`allowed name "${name}" would hide the function ${name}()`)
  }
}

/** mathjs reports `Unexpected end of expression (char 4)`, counting from 1. */
function syntaxError(error: unknown, source: string): ExpressionError {
  if (error instanceof RangeError) return new ExpressionError('expression is nested too deeply', source, 0)
  const text = error instanceof Error ? error.message : String(error)
  const char = /\s*\(char (\d+)\)\s*$/.exec(text)
  const position = char ? Math.min(Math.max(Number(char[1]) - 1, 0), source.length) : 0
  const reason = (char ? text.slice(0, char.index) : text).split('\n')[0]
  return new ExpressionError(
    `syntax error: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
    source,
    position,
  )
}

function parse(source: string): MathNode {
  try {
    return parseExpression(source)
  } catch (error) {
    throw syntaxError(error, source)
  }
}

/**
 * Compiles `source`, which may read only `allowedNames` (dotted names such as `police.capacity`
 * are single names), the constants pi and e, and call only the allowlisted numeric functions.
 * Throws ExpressionError, with a position, for anything else.
 */
export function compileExpression(source: string, allowedNames: readonly string[]): CompiledExpression {
  checkAllowedNames(allowedNames)
  if (typeof source !== 'string') throw new TypeError('an expression must be a string')
  if (source.trim() === '') throw new ExpressionError('empty expression', source, 0)
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const reason = `expression is longer than ${MAX_EXPRESSION_LENGTH} characters`
    throw new ExpressionError(reason, source, MAX_EXPRESSION_LENGTH)
  }
  let checked: ReturnType<typeof checkTree>
  try {
    checked = checkTree(parse(source), source, new Set(allowedNames))
  } catch (error) {
    if (error instanceof RangeError) throw new ExpressionError('expression is nested too deeply', source, 0)
    throw error
  }
  const { node, names } = checked
  const code = node.compile()
  // One map, refilled on each call: evaluation sees exactly the names it reads and nothing else.
  const values = new Map<string, number>()

  function evaluate(scope: Readonly<Record<string, number>>): number {
    for (const name of names) {
      const value = Object.hasOwn(scope, name) ? scope[name] : undefined
      if (typeof value !== 'number') {
        throw new ExpressionError(`no number given for "${name}"`, source, findName(source, name))
      }
      values.set(name, value)
    }
    let result: unknown
    try {
      result = code.evaluate(values)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new ExpressionError(`could not be evaluated: ${reason}`, source, 0)
    }
    if (typeof result === 'number') return result
    if (typeof result === 'boolean') return result ? 1 : 0
    throw new ExpressionError('did not evaluate to a number', source, 0)
  }

  return { source, names, evaluate }
}

/** The ExpressionError compiling `source` would throw, or undefined if it compiles. */
export function expressionProblem(
  source: string,
  allowedNames: readonly string[],
): ExpressionError | undefined {
  try {
    compileExpression(source, allowedNames)
    return undefined
  } catch (error) {
    if (error instanceof ExpressionError) return error
    throw error
  }
}
