// The schema DSL on its own: each node's messages, defaults, types and JSON Schema.
import { describe, expect, it } from 'vitest'
import {
  array,
  boolean,
  checkValue,
  discriminatedUnion,
  editDistance,
  enumOf,
  expression,
  formatPath,
  type Infer,
  integer,
  json,
  literal,
  number,
  object,
  optional,
  record,
  string,
  suggest,
  union,
} from '../../src/scenario/spec/index.ts'
import type { CivilViolenceScenario, Scenario, ScheduleValue } from '../../src/scenario/validate.ts'

const problemsOf = (result: ReturnType<typeof checkValue>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)

describe('number', () => {
  it.each([
    [{ min: 0, max: 1 }, 2, 'must be between 0 and 1, got 2'],
    [{ min: 1 }, 0, 'must be at least 1, got 0'],
    [{ max: 50 }, 51, 'must be at most 50, got 51'],
    [{ min: 0, exclusiveMin: true }, 0, 'must be greater than 0, got 0'],
    [{ max: 1, exclusiveMax: true }, 1, 'must be less than 1, got 1'],
    [{ min: 0, max: 1, exclusiveMax: true }, 1, 'must be at least 0 and less than 1, got 1'],
    [{ integer: true }, 2.5, 'must be a whole number, got 2.5'],
    [{ integer: true }, '2', 'must be a whole number, got "2"'],
    [{}, Number.NaN, 'must be a finite number, got NaN'],
    [{}, null, 'must be a number, got null'],
    [{}, [1], 'must be a number, got array'],
    [{}, { value: 1 }, 'must be a number, got object'],
  ])('%j rejects %j', (options, value, message) => {
    expect(problemsOf(checkValue(number(options), value))).toEqual([`(root): ${message}`])
  })

  it('accepts its bounds when they are inclusive', () => {
    expect(checkValue(number({ min: 0, max: 1 }), 0)).toEqual({ ok: true, value: 0 })
    expect(checkValue(number({ min: 0, max: 1 }), 1)).toEqual({ ok: true, value: 1 })
  })
})

describe('object', () => {
  const point = object({
    x: number({ label: 'x' }),
    y: number({ default: 0 }),
    note: optional(string()),
  })

  it('fills defaults, leaves optional keys out, and requires the rest', () => {
    expect(checkValue(point, { x: 1 })).toEqual({ ok: true, value: { x: 1, y: 0 } })
    expect(checkValue(point, { x: 1, note: 'n' })).toEqual({ ok: true, value: { x: 1, y: 0, note: 'n' } })
    expect(problemsOf(checkValue(point, {}))).toEqual(['x: required'])
  })

  it('treats a key set to undefined as left out', () => {
    expect(checkValue(point, { x: 1, y: undefined })).toEqual({ ok: true, value: { x: 1, y: 0 } })
  })

  it('can be left out when every key has a default', () => {
    const outer = object({ settings: object({ on: boolean({ default: true }) }) })
    expect(checkValue(outer, {})).toEqual({ ok: true, value: { settings: { on: true } } })
  })

  it('runs refinements once its fields are valid, reporting at relative paths', () => {
    const range = object({ low: number(), high: number() }).refine((value, report) => {
      if (value.low > value.high) report('high', `must be at least low (${value.low}), got ${value.high}`)
    })
    const outer = object({ range })
    expect(problemsOf(checkValue(outer, { range: { low: 2, high: 1 } }))).toEqual([
      'range.high: must be at least low (2), got 1',
    ])
    expect(problemsOf(checkValue(outer, { range: { low: 'a', high: 1 } }))).toEqual([
      'range.low: must be a number, got "a"',
    ])
  })

  it('suggests keys by edit distance, ignoring case', () => {
    const settings = object({ arrestConstant: number({ default: 1 }) })
    expect(problemsOf(checkValue(settings, { ArrestConstant: 1 }))).toEqual([
      'ArrestConstant: unknown key (did you mean "arrestConstant"?)',
    ])
    expect(problemsOf(checkValue(settings, { arrestConstnat: 1 }))).toEqual([
      'arrestConstnat: unknown key (did you mean "arrestConstant"?)',
    ])
  })
})

describe('array, record, json and union', () => {
  it('checks array length and items', () => {
    const list = array(integer({ min: 0 }), { minItems: 1, maxItems: 2 })
    expect(problemsOf(checkValue(list, []))).toEqual(['(root): must have at least 1 item, got 0'])
    expect(problemsOf(checkValue(list, [1, 2, 3]))).toEqual(['(root): must have at most 2 items, got 3'])
    expect(problemsOf(checkValue(list, [1, -1]))).toEqual(['[1]: must be at least 0, got -1'])
  })

  it('checks every value of a record under its key', () => {
    const weights = record(number({ min: 0 }))
    expect(problemsOf(checkValue(weights, { a: 1, b: -1, '': 2 }))).toEqual([
      'b: must be at least 0, got -1',
      '[""]: a name must not be empty',
    ])
    const copied = checkValue(weights, JSON.parse('{"__proto__": 1}'))
    expect(copied.ok && Object.keys(copied.value)).toEqual(['__proto__'])
  })

  it('json copies JSON and rejects anything else', () => {
    const input = { a: [1, { b: null }] }
    const result = checkValue(json(), input)
    expect(result).toEqual({ ok: true, value: input })
    expect(result.ok && result.value).not.toBe(input)
    expect(problemsOf(checkValue(json(), { f: () => 1 }))).toEqual(['f: must be a JSON value, got function'])
  })

  it('union explains with the branch of the same JSON type, or lists what it expects', () => {
    const term = union([integer({ min: 1 }), literal('life')])
    expect(checkValue(term, 'life')).toEqual({ ok: true, value: 'life' })
    expect(checkValue(term, 3)).toEqual({ ok: true, value: 3 })
    expect(problemsOf(checkValue(term, 0))).toEqual(['(root): must be at least 1, got 0'])
    expect(problemsOf(checkValue(term, true))).toEqual([
      '(root): must be a whole number at least 1 or "life", got true',
    ])
  })

  it('union tries each branch of the same JSON type', () => {
    const value = union([number({ max: 1 }), number({ min: 10 })])
    expect(checkValue(value, 11)).toEqual({ ok: true, value: 11 })
    expect(problemsOf(checkValue(value, 5))).toEqual(['(root): must be at most 1, got 5'])
  })
})

describe('discriminated union', () => {
  const shape = discriminatedUnion('kind', {
    circle: object({ kind: literal('circle'), radius: number({ min: 0 }) }),
    square: object({ kind: literal('square'), side: number({ min: 0 }) }),
  })

  it('checks the branch the key names', () => {
    expect(checkValue(shape, { kind: 'square', side: 2 })).toEqual({
      ok: true,
      value: { kind: 'square', side: 2 },
    })
    expect(problemsOf(checkValue(shape, { kind: 'square', radius: 2 }))).toEqual([
      'radius: unknown key (allowed: kind, side)',
      'side: required',
    ])
    expect(problemsOf(checkValue(shape, { kind: 5 }))).toEqual([
      'kind: must be one of "circle", "square", got 5',
    ])
  })
})

describe('expression', () => {
  const condition = expression(['police.capacity'])

  it('hands the source and its names to the expression checker', () => {
    const seen: unknown[] = []
    const result = checkValue(condition, 'police.capacity > 0.5', {
      checkExpression: (source, names) => {
        seen.push(source, names)
        return 'rejected'
      },
    })
    expect(seen).toEqual(['police.capacity > 0.5', ['police.capacity']])
    expect(problemsOf(result)).toEqual(['(root): rejected'])
  })

  it('without a checker, checks only that it is a non-empty string', () => {
    expect(checkValue(condition, 'anything')).toEqual({ ok: true, value: 'anything' })
    expect(problemsOf(checkValue(condition, ' '))).toEqual(['(root): expression must not be empty'])
    expect(problemsOf(checkValue(condition, 1))).toEqual(['(root): must be an expression (a string), got 1'])
  })
})

describe('helpers', () => {
  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)')
    expect(formatPath(['model', 'legitimacy', 1, 0])).toBe('model.legitimacy[1][0]')
    expect(formatPath([2, 'a'])).toBe('[2].a')
  })

  it('measures edit distance with swaps of neighbours as one edit', () => {
    expect(editDistance('vison', 'vision')).toBe(1)
    expect(editDistance('tset', 'test')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(suggest('legitimcy', ['legitimacy', 'vision'])).toBe('legitimacy')
    expect(suggest('colour', ['legitimacy', 'vision'])).toBeUndefined()
  })
})

describe('inferred types', () => {
  it('follow the schema', () => {
    const node = object({
      a: number(),
      b: optional(string()),
      c: enumOf(['x', 'y'], { default: 'x' }),
      d: union([integer(), literal('life')]),
    })
    type Node = Infer<typeof node>
    const good: Node = { a: 1, c: 'y', d: 'life' }
    // @ts-expect-error c is 'x' | 'y'
    const badEnum: Node = { a: 1, c: 'z', d: 1 }
    // @ts-expect-error a is required
    const missing: Node = { c: 'x', d: 1 }
    // @ts-expect-error d is a number or 'life'
    const badUnion: Node = { a: 1, c: 'x', d: 'death' }
    expect([good, badEnum, missing, badUnion]).toHaveLength(4)
  })

  it('give each scenario kind its own model', () => {
    const legitimacy: ScheduleValue = [[0, 0.9]]
    const model: CivilViolenceScenario['model'] = {
      citizenDensity: 0.7,
      copDensity: 0.04,
      legitimacy,
      vision: 7,
      maxJailTerm: 'life',
      threshold: 0.1,
      arrestConstant: 2.3,
      movement: true,
    }
    // @ts-expect-error blueShare belongs to inter-group
    const other: CivilViolenceScenario['model'] = { ...model, blueShare: 0.5 }
    const kinds: Scenario['kind'][] = ['civil-violence', 'inter-group', 'ssr']
    // @ts-expect-error there is no such kind
    const unknownKind: Scenario['kind'] = 'mesa'
    expect([other, kinds, unknownKind]).toHaveLength(3)
  })
})
