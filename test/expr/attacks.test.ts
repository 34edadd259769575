// Scenario expressions are data: nothing in one may reach mathjs's parser, compiler or importer,
// JavaScript prototypes, or anything outside the scope it is given.
import { describe, expect, it } from 'vitest'
import { compileExpression, ExpressionError } from '../../src/expr/index.ts'
import { DISABLED_FUNCTIONS, math, parseExpression } from '../../src/expr/math.ts'

function rejection(source: string, names: readonly string[] = ['t']): string {
  try {
    compileExpression(source, names)
  } catch (error) {
    if (error instanceof ExpressionError) return error.reason
    throw error
  }
  throw new Error(`${source} was accepted`)
}

describe('expressions that try to escape are rejected before evaluation', () => {
  it.each([
    ['import({}, {})', 'unknown function "import"'],
    ['evaluate("1+1")', 'unknown function "evaluate"'],
    ['parse("1")', 'unknown function "parse"'],
    ['createUnit("x")', 'unknown function "createUnit"'],
    ['simplify("x")', 'unknown function "simplify"'],
    ['compile("1")', 'unknown function "compile"'],
    ['foo(1)', 'unknown function "foo"'],
    ['f(x) = x', 'function definitions are not allowed'],
    ['a = 1', 'assignment is not allowed'],
    ['[1,2]', 'arrays and matrices are not allowed'],
    ['{a: 1}', 'objects are not allowed'],
    ['"text"', 'text is not allowed, only numbers and true/false'],
    ['t.constructor', 'unknown name "t.constructor"'],
    ['t["constructor"]', 'property access and indexing are not allowed'],
    ['t.__proto__', 'unknown name "t.__proto__"'],
    ['constructor', 'unknown name "constructor"'],
    ['__proto__', 'unknown name "__proto__"'],
    ['5 cm', 'unknown name "cm"'],
    ['1:3', 'ranges such as 1:3 are not allowed'],
    ['1; 2', 'only one expression is allowed'],
    ['3 & 1', 'operator "&" is not allowed'],
    ['5!', 'operator "!" is not allowed'],
    ['1 to 2', 'operator "to" is not allowed'],
    ['math.sqrt(4)', 'only calls to named functions such as max(a, b) are allowed'],
    ['t(2)', 'unknown function "t"'],
    ['null', 'null is not allowed, only numbers and true/false'],
    // Found by `npm run fuzz` (`--set programmes.training="#"`): the message said "undefined".
    ['#', 'the expression is empty (a # starts a comment)'],
    ['# 0.5', 'the expression is empty (a # starts a comment)'],
  ])('%s', (source, reason) => {
    expect(rejection(source)).toBe(reason)
  })

  it('points at the offending part of the source', () => {
    const position = (source: string) => {
      try {
        compileExpression(source, ['t'])
      } catch (error) {
        return (error as ExpressionError).position
      }
      return -1
    }
    expect(position('t + evaluate("1+1")')).toBe(4)
    expect(position('t + [1,2]')).toBe(4)
    expect(position('t + {a: 1}')).toBe(4)
    expect(position('a = 1')).toBe(2)
    expect(position('t["constructor"]')).toBe(1)
    expect(position('t == 1 ? cm : 2')).toBe(9)
  })

  it('does not take an allowed dotted name for its prefix', () => {
    expect(rejection('police', ['police.capacity'])).toBe('unknown name "police"')
    expect(rejection('police.capacity.x', ['police.capacity'])).toBe('unknown name "police.capacity.x"')
  })
})

describe('the restricted mathjs instance', () => {
  it('disables every function that could parse, compile or extend', () => {
    const instance = math as unknown as Record<string, (...args: unknown[]) => unknown>
    // The list comes from the code under test: if it shrank, the loop would check less and still pass.
    expect(DISABLED_FUNCTIONS).toEqual(
      expect.arrayContaining(['import', 'createUnit', 'evaluate', 'parse', 'compile']),
    )
    for (const name of DISABLED_FUNCTIONS) {
      expect(() => instance[name]('1'), name).toThrow(`"${name}" is disabled in scenario expressions`)
    }
  })

  it('keeps them disabled even for a tree that skipped our checks', () => {
    const unchecked = (source: string) => () => parseExpression(source).compile().evaluate(new Map())
    expect(unchecked('evaluate("1+1")')).toThrow('"evaluate" is disabled')
    expect(unchecked('import({}, {})')).toThrow('"import" is disabled')
    expect(unchecked('parse("1")')).toThrow('"parse" is disabled')
    expect(unchecked('createUnit("x")')).toThrow('"createUnit" is disabled')
  })

  it('has no units, matrices of its own making, or big numbers', () => {
    const instance = math as unknown as Record<string, unknown>
    for (const name of ['Unit', 'bignumber', 'complex', 'fraction', 'range'])
      expect(instance[name], name).toBeUndefined()
  })
})
