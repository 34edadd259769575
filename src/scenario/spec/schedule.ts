// Schedules: a value that may change over a run, written as a constant, as [tick, value] points
// (linear in between) or as an expression in t. Here only their shape is checked.

import { MAX_TICKS } from '../limits.ts'
import { annotations, describeValue } from './describe.ts'
import { type NumberOptions, numberKeywords, numberProblem, rangePhrase } from './number.ts'
import type { Path } from './problem.ts'
import { type Context, INVALID, type Invalid, type LeafOptions, type Spec } from './types.ts'

/** A schedule as written in a scenario: a constant, `[tick, value]` points, or an expression in t. */
export type ScheduleValue = number | Array<[number, number]> | string

/** The names a schedule expression may read: the tick number. */
export const SCHEDULE_NAMES: readonly string[] = ['t']

export type ScheduleOptions = LeafOptions<number> &
  Pick<NumberOptions, 'min' | 'max' | 'exclusiveMin' | 'exclusiveMax'>

const TICK: NumberOptions = { integer: true, min: 0, max: MAX_TICKS }

function checkPoints(points: unknown[], range: NumberOptions, path: Path, context: Context) {
  if (points.length === 0) {
    context.report(path, 'must have at least one [tick, value] point')
    return INVALID
  }
  // Ticks increase and are at most MAX_TICKS, so more points than that cannot all be right.
  if (points.length > MAX_TICKS + 1) {
    context.report(path, `must have at most ${MAX_TICKS + 1} [tick, value] points, got ${points.length}`)
    return INVALID
  }
  let valid = true
  let previousTick: number | undefined
  const out: Array<[number, number]> = []
  points.forEach((point, index) => {
    if (!Array.isArray(point) || point.length !== 2) {
      const got = Array.isArray(point) ? `an array of ${point.length}` : describeValue(point)
      context.report([...path, index], `must be a [tick, value] pair, got ${got}`)
      valid = false
      return
    }
    const [tick, value] = point
    const tickProblem = numberProblem(tick, TICK)
    const valueProblem = numberProblem(value, range)
    if (tickProblem) context.report([...path, index, 0], tickProblem)
    if (valueProblem) context.report([...path, index, 1], valueProblem)
    if (tickProblem === undefined && previousTick !== undefined && tick <= previousTick) {
      context.report([...path, index], `ticks must increase, got ${tick} after ${previousTick}`)
      valid = false
    }
    if (tickProblem === undefined) previousTick = tick
    if (tickProblem || valueProblem) valid = false
    else out.push([tick, value])
  })
  return valid ? out : INVALID
}

/** Checks the shape of a schedule value; expressions go to the context's expression checker. */
export function checkSchedule(
  value: unknown,
  range: NumberOptions,
  path: Path,
  context: Context,
): ScheduleValue | Invalid {
  if (typeof value === 'number') {
    const problem = numberProblem(value, range)
    if (problem === undefined) return value
    context.report(path, problem)
    return INVALID
  }
  if (Array.isArray(value)) return checkPoints(value, range, path, context)
  if (typeof value === 'string') {
    const problem =
      value.trim() === ''
        ? 'expression must not be empty'
        : context.checkExpression?.(value, SCHEDULE_NAMES, range)
    if (problem === undefined) return value
    context.report(path, problem)
    return INVALID
  }
  const expected = 'a number, a list of [tick, value] points or an expression in t'
  context.report(path, `must be ${expected}, got ${describeValue(value)}`)
  return INVALID
}

export function schedule(options: ScheduleOptions = {}): Spec<ScheduleValue, false> {
  const { label, description, unit, startOnly, min, max, exclusiveMin, exclusiveMax } = options
  const range: NumberOptions = { min, max, exclusiveMin, exclusiveMax }
  const phrase = rangePhrase(range)
  return {
    type: 'schedule',
    meta: { label, description, unit, startOnly },
    optional: false,
    hasDefault: options.default !== undefined,
    defaultValue: options.default,
    expected: `a schedule of numbers${phrase && ` ${phrase}`}`,
    check: (value, path, context) => checkSchedule(value, range, path, context),
    accepts: (value) => typeof value === 'number' || typeof value === 'string' || Array.isArray(value),
    jsonSchema() {
      const valueKeywords = numberKeywords(range)
      return {
        ...annotations(this.meta, this.hasDefault, this.defaultValue),
        anyOf: [
          { ...valueKeywords, description: 'A constant value.' },
          {
            type: 'array',
            description: '[tick, value] points: linear in between, held before the first and after the last.',
            minItems: 1,
            items: {
              type: 'array',
              items: [
                { type: 'integer', minimum: 0, maximum: MAX_TICKS, description: 'Tick.' },
                { ...valueKeywords, description: 'Value from this tick.' },
              ],
              minItems: 2,
              maxItems: 2,
              additionalItems: false,
            },
          },
          {
            type: 'string',
            minLength: 1,
            description: 'An expression in t, the tick number, e.g. "max(0.2, 0.9 - 0.01*t)".',
          },
        ],
      }
    },
    leaf: () => ({ type: 'schedule', min, max, exclusiveMin, exclusiveMax, names: SCHEDULE_NAMES }),
  }
}
