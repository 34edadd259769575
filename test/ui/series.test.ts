// @vitest-environment node
// The page's observable columns are append-only values: appending returns a new series and never
// changes one that already exists, even when two are appended to from the same parent.
import { describe, expect, it } from 'vitest'
import { appendRows, column, emptySeries } from '../../src/ui/app/series.ts'

describe('series', () => {
  it('appends without changing earlier values', () => {
    const start = appendRows(emptySeries(['a', 'b']), { a: [1, 2], b: [3, 4] })
    const longer = appendRows(start, { a: [5], b: [6] })
    const fork = appendRows(start, { a: [7], b: [8] })
    expect([...column(start, 'a')!]).toEqual([1, 2])
    expect([...column(longer, 'a')!]).toEqual([1, 2, 5])
    expect([...column(fork, 'a')!]).toEqual([1, 2, 7])
    expect([...column(longer, 'b')!]).toEqual([3, 4, 6])
    let grown = start
    for (let i = 0; i < 200; i++) grown = appendRows(grown, { a: [i], b: [-i] })
    expect(grown.length).toBe(202)
    expect(column(grown, 'b')![201]).toBe(-199)
    expect(() => appendRows(start, { a: [1] })).toThrow('rows for "b" are missing')
  })
})
