// compileSchedule: constants, interpolated points and expressions in t, as the engine reads them.
import { describe, expect, it, vi } from 'vitest'
import { parseExpression } from '../../src/expr/math.ts'
import { compileSchedule } from '../../src/scenario/schedule.ts'
import { ScenarioError } from '../../src/scenario/validate.ts'

// Count parses without changing them: an expression schedule must parse once, not once per tick.
vi.mock('../../src/expr/math.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/expr/math.ts')>()
  return { ...original, parseExpression: vi.fn(original.parseExpression) }
})

describe('compileSchedule', () => {
  it('holds a number constant', () => {
    const schedule = compileSchedule(0.82, 'model.legitimacy')
    expect(schedule.constant).toBe(true)
    expect([0, 1, 1000].map((tick) => schedule.at(tick))).toEqual([0.82, 0.82, 0.82])
  })

  it('interpolates points linearly and holds the ends', () => {
    const schedule = compileSchedule(
      [
        [10, 0.9],
        [20, 0.5],
        [40, 0.5],
        [50, 0.0],
      ],
      'model.legitimacy',
    )
    expect(schedule.constant).toBe(false)
    expect(schedule.at(0)).toBe(0.9)
    expect(schedule.at(10)).toBe(0.9)
    expect(schedule.at(15)).toBeCloseTo(0.7)
    expect(schedule.at(20)).toBe(0.5)
    expect(schedule.at(30)).toBe(0.5)
    expect(schedule.at(45)).toBeCloseTo(0.25)
    expect(schedule.at(50)).toBe(0)
    expect(schedule.at(10_000)).toBe(0)
  })

  it('treats one point, or points that never change, as a constant', () => {
    expect(compileSchedule([[100, 0.3]], 'x').constant).toBe(true)
    expect(compileSchedule([[100, 0.3]], 'x').at(0)).toBe(0.3)
    expect(
      compileSchedule(
        [
          [0, 0.3],
          [9, 0.3],
        ],
        'x',
      ).constant,
    ).toBe(true)
  })

  it('evaluates an expression in t at each tick', () => {
    const drawdown = compileSchedule('max(0.2, 0.9 - 0.01*t)', 'model.legitimacy')
    expect(drawdown.constant).toBe(false)
    expect(drawdown.at(0)).toBeCloseTo(0.9)
    expect(drawdown.at(50)).toBeCloseTo(0.4)
    expect(drawdown.at(100)).toBe(0.2)
    const step = compileSchedule('t < 100 ? 0.9 : 0.7', 'model.legitimacy')
    expect([step.at(99), step.at(100)]).toEqual([0.9, 0.7])
  })

  it('treats an expression without t as a constant', () => {
    const schedule = compileSchedule('0.5 * 0.5', 'model.legitimacy')
    expect(schedule.constant).toBe(true)
    expect(schedule.at(123)).toBe(0.25)
  })

  it('parses an expression once, not on every tick', () => {
    vi.mocked(parseExpression).mockClear()
    const schedule = compileSchedule('0.001 * t', 'model.copDensity')
    let sum = 0
    for (let tick = 0; tick < 1000; tick++) sum += schedule.at(tick)
    expect(sum).toBeCloseTo(0.001 * ((999 * 1000) / 2))
    expect(parseExpression).toHaveBeenCalledTimes(1)
  })

  it('names the field when an expression is bad', () => {
    expect(() => compileSchedule('0.9 - tt', 'model.legitimacy')).toThrow(ScenarioError)
    expect(() => compileSchedule('0.9 - tt', 'model.legitimacy')).toThrow(
      'model.legitimacy: unknown name "tt" at position 6 in "0.9 - tt" (did you mean "t"?)',
    )
  })

  it('names the point when points are bad', () => {
    expect(() =>
      compileSchedule(
        [
          [20, 0.5],
          [10, 0.2],
        ],
        'model.legitimacy',
      ),
    ).toThrow('model.legitimacy[1]: ticks must increase, got 10 after 20')
    expect(() => compileSchedule([] as Array<[number, number]>, 'model.copDensity')).toThrow(
      'model.copDensity: must have at least one [tick, value] point',
    )
  })
})
