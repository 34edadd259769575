// The CSV, NDJSON and JSON writers: a tick column first, observables in the given order, numbers
// that read back bit for bit, and the three formats agreeing with each other.
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../src/io/csv.ts'
import { formatForFile, WRITERS } from '../../src/io/formats.ts'
import { toJson, toNdjson } from '../../src/io/json.ts'

const awkward = [0.1 + 0.2, 1 / 3, 5e-324, 1e21, -0, 2 ** 53 + 2, -1.5e-7, 123456789.12345679]

const columns = {
  active: new Float64Array([0, 7, 0]),
  legitimacy: new Float64Array([0.82, 0.1 + 0.2, 1 / 3]),
  cops: new Float64Array([64, 64, 63]),
}
const names = ['active', 'legitimacy', 'cops']

const csvRows = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','))

describe('toCsv', () => {
  it('writes a tick column, then the columns in the order of names, one line per row', () => {
    expect(toCsv(columns, names)).toBe(
      'tick,active,legitimacy,cops\n0,0,0.82,64\n1,7,0.30000000000000004,64\n2,0,0.3333333333333333,63\n',
    )
  })

  it('follows the order of names, not of the object', () => {
    expect(toCsv(columns, ['cops', 'active']).split('\n')[0]).toBe('tick,cops,active')
  })

  it('numbers the ticks from firstTick, for columns read with observables(from)', () => {
    const ticks = csvRows(toCsv(columns, names, { firstTick: 40 }))
      .slice(1)
      .map((row) => row[0])
    expect(ticks).toEqual(['40', '41', '42'])
  })

  it('writes numbers that read back as the same float64, integers without .0', () => {
    const text = toCsv({ x: new Float64Array(awkward) }, ['x'])
    const values = csvRows(text)
      .slice(1)
      .map((row) => Number(row[1]))
    expect(values.map((value, i) => Object.is(value, awkward[i]))).toEqual(awkward.map(() => true))
    expect(text).toContain('\n0,0.30000000000000004\n')
    expect(text).toContain('\n4,-0\n')
    expect(text).not.toMatch(/\.0\n/)
  })

  it('writes NaN and infinities as NaN, Infinity and -Infinity', () => {
    const text = toCsv({ x: new Float64Array([Number.NaN, Infinity, -Infinity]) }, ['x'])
    expect(text).toBe('tick,x\n0,NaN\n1,Infinity\n2,-Infinity\n')
  })

  it('quotes header names that need it', () => {
    expect(toCsv({ 'a,b': [1], 'say "hi"': [2] }, ['a,b', 'say "hi"'])).toBe(
      'tick,"a,b","say ""hi"""\n0,1,2\n',
    )
  })

  it('writes only the header when there are no rows', () => {
    expect(toCsv({ a: new Float64Array(0) }, ['a'])).toBe('tick,a\n')
  })

  it('refuses columns of different lengths and names without a column', () => {
    expect(() => toCsv({ a: [1, 2], b: [1] }, ['a', 'b'])).toThrow('column "b" has 1 rows, "a" has 2')
    expect(() => toCsv({ a: [1] }, ['a', 'missing'])).toThrow('no column named "missing"')
  })
})

describe('toNdjson and toJson', () => {
  it('write one object per row, keys tick first and then in the order of names', () => {
    expect(toNdjson(columns, names)).toBe(
      '{"tick":0,"active":0,"legitimacy":0.82,"cops":64}\n' +
        '{"tick":1,"active":7,"legitimacy":0.30000000000000004,"cops":64}\n' +
        '{"tick":2,"active":0,"legitimacy":0.3333333333333333,"cops":63}\n',
    )
    const rows = JSON.parse(toJson(columns, names))
    expect(rows).toHaveLength(3)
    expect(Object.keys(rows[1])).toEqual(['tick', 'active', 'legitimacy', 'cops'])
  })

  it('read back as the same numbers as the CSV', () => {
    const wide = { x: new Float64Array(awkward), y: new Float64Array(awkward.map((v) => v * 3)) }
    const fromCsv = csvRows(toCsv(wide, ['x', 'y']))
      .slice(1)
      .map(([tick, x, y]) => ({ tick: Number(tick), x: Number(x), y: Number(y) }))
    const fromNdjson = toNdjson(wide, ['x', 'y'])
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    const fromJson = JSON.parse(toJson(wide, ['x', 'y']))
    expect(fromNdjson).toEqual(fromCsv)
    expect(fromJson).toEqual(fromCsv)
    expect(Object.is(fromJson[4].x, -0)).toBe(true)
  })

  it('write null for NaN and infinities, which JSON cannot hold', () => {
    expect(toNdjson({ x: [Number.NaN, Infinity] }, ['x'])).toBe('{"tick":0,"x":null}\n{"tick":1,"x":null}\n')
  })

  it('write an empty array when there are no rows', () => {
    expect(JSON.parse(toJson({ a: [] }, ['a']))).toEqual([])
    expect(toNdjson({ a: [] }, ['a'])).toBe('')
  })
})

describe('formatForFile', () => {
  it('picks the writer from the extension, case-insensitively', () => {
    expect(formatForFile('out/run.csv')).toBe('csv')
    expect(formatForFile('run.NDJSON')).toBe('ndjson')
    expect(formatForFile('run.json')).toBe('json')
    expect(formatForFile('run.txt')).toBeUndefined()
    expect(formatForFile('csv')).toBeUndefined()
    expect(WRITERS.ndjson).toBe(toNdjson)
  })
})
