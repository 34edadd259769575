// compileExpression: what scenario expressions can compute, and how their mistakes are reported.
import { describe, expect, it } from 'vitest'
import { compileExpression, ExpressionError } from '../../src/expr/index.ts'

const evaluate = (source: string, scope: Record<string, number> = {}, names = Object.keys(scope)) =>
  compileExpression(source, names).evaluate(scope)

function errorOf(run: () => unknown): ExpressionError {
  try {
    run()
  } catch (error) {
    if (error instanceof ExpressionError) return error
    throw error
  }
  throw new Error('expected an ExpressionError')
}

describe('compileExpression', () => {
  it('evaluates arithmetic, powers and remainders', () => {
    expect(evaluate('1 + 2 * 3 - 4 / 2')).toBe(5)
    expect(evaluate('2 ^ 10')).toBe(1024)
    expect(evaluate('7 % 3')).toBe(1)
    expect(evaluate('-(2 + 3)')).toBe(-5)
  })

  it('evaluates schedules in t', () => {
    const drawdown = compileExpression('max(0.2, 0.9 - 0.01*t)', ['t'])
    expect(drawdown.evaluate({ t: 0 })).toBeCloseTo(0.9)
    expect(drawdown.evaluate({ t: 30 })).toBeCloseTo(0.6)
    expect(drawdown.evaluate({ t: 500 })).toBe(0.2)
    const step = compileExpression('t < 100 ? 0.9 : 0.7', ['t'])
    expect(step.evaluate({ t: 99 })).toBe(0.9)
    expect(step.evaluate({ t: 100 })).toBe(0.7)
  })

  it('returns comparisons and logic as 1 and 0', () => {
    expect(evaluate('3 > 2')).toBe(1)
    expect(evaluate('3 < 2')).toBe(0)
    expect(evaluate('true and not false')).toBe(1)
    expect(evaluate('1 xor 1')).toBe(0)
    expect(evaluate('0 < t <= 10', { t: 10 })).toBe(1)
  })

  it('reads dotted observable names as single names', () => {
    const names = ['police.capacity', 'violence.rate']
    const condition = compileExpression('police.capacity > 0.6 and violence.rate < 0.02', names)
    expect(condition.names).toEqual(names)
    expect(condition.evaluate({ 'police.capacity': 0.7, 'violence.rate': 0.01 })).toBe(1)
    expect(condition.evaluate({ 'police.capacity': 0.5, 'violence.rate': 0.01 })).toBe(0)
  })

  it('offers the allowlisted functions, clamp and the constants pi and e', () => {
    expect(evaluate('abs(-2) + sqrt(9) + floor(2.7) + ceil(0.2) + round(2.4)')).toBe(10)
    expect(evaluate('min(3, 1, 2) + max(3, 1, 2) + pow(2, 3)')).toBe(12)
    expect(evaluate('log(e) + exp(0) + log10(100)')).toBeCloseTo(4)
    expect(evaluate('sin(pi / 2) + cos(0)')).toBeCloseTo(2)
    expect(evaluate('clamp(t, 0, 1)', { t: 1.5 })).toBe(1)
    expect(evaluate('clamp(t, 0, 1)', { t: -1 })).toBe(0)
    expect(evaluate('clamp(t, 0, 1)', { t: 0.25 })).toBe(0.25)
  })

  it('stays in real numbers: no complex results', () => {
    expect(evaluate('sqrt(-1)')).toBeNaN()
    expect(evaluate('log(-1)')).toBeNaN()
  })

  it('lists the names it reads, so a constant expression can be spotted', () => {
    expect(compileExpression('0.5 * 2', ['t']).names).toEqual([])
    expect(compileExpression('t * t + 1', ['t', 'u']).names).toEqual(['t'])
  })

  it('names an unknown name, its position and the closest allowed name', () => {
    const error = errorOf(() => compileExpression('0.9 - 0.01*tt', ['t']))
    expect(error.message).toBe('unknown name "tt" at position 11 in "0.9 - 0.01*tt" (did you mean "t"?)')
    expect(error.position).toBe(11)
    expect(error.reason).toBe('unknown name "tt"')
  })

  it('reports syntax errors with a 0-based position and no mathjs "(char N)"', () => {
    const error = errorOf(() => compileExpression('1 +', []))
    expect(error.message).toBe('syntax error: unexpected end of expression at position 3 in "1 +"')
    expect(error.position).toBe(3)
    expect(errorOf(() => compileExpression('max(0.2, 0.9 -* t)', ['t'])).position).toBeGreaterThan(0)
  })

  it('checks how many arguments a function gets', () => {
    expect(errorOf(() => compileExpression('x + sqrt(1, 2)', ['x'])).message).toBe(
      'sqrt() takes 1 argument, got 2 at position 4 in "x + sqrt(1, 2)"',
    )
    expect(errorOf(() => compileExpression('max()', [])).reason).toBe(
      'max() takes at least 1 argument, got 0',
    )
  })

  it('rejects empty and overlong expressions', () => {
    expect(errorOf(() => compileExpression('  ', [])).reason).toBe('empty expression')
    expect(errorOf(() => compileExpression('1+'.repeat(600) + '1', [])).reason).toBe(
      'expression is longer than 1000 characters',
    )
  })

  it('needs a number for every name it reads', () => {
    const expression = compileExpression('t + 1', ['t'])
    expect(errorOf(() => expression.evaluate({})).reason).toBe('no number given for "t"')
    const inherited = Object.create({ t: 5 }) as Record<string, number>
    expect(errorOf(() => expression.evaluate(inherited)).reason).toBe('no number given for "t"')
  })

  it('never puts a stack trace in a message', () => {
    const error = errorOf(() => compileExpression('import({}, {})', []))
    expect(error.message).not.toMatch(/\n|\bat .*\.(js|ts):\d+/)
  })

  it('refuses allowed names that are not names or would hide a function', () => {
    expect(() => compileExpression('1', ['a b'])).toThrow(TypeError)
    expect(() => compileExpression('1', ['max'])).toThrow(TypeError)
  })
})
