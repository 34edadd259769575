// The Sobol sequence against published values (Joe & Kuo's new-joe-kuo-6.21201 direction numbers,
// as SciPy's unscrambled qmc.Sobol also uses them) and against an exact BigInt reference beyond 2^20.
import { describe, expect, it } from 'vitest'
import { JOE_KUO_TABLE } from '../../src/experiment/joe-kuo.ts'
import { directionNumbers, SobolSequence, sobolPoints } from '../../src/experiment/sobol.ts'

/** The first eight points of dimensions 1–5, as `scipy.stats.qmc.Sobol(5, scramble=False).random(8)`. */
const PUBLISHED = [
  [0, 0, 0, 0, 0],
  [0.5, 0.5, 0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25, 0.25, 0.75],
  [0.25, 0.75, 0.75, 0.75, 0.25],
  [0.375, 0.375, 0.625, 0.875, 0.375],
  [0.875, 0.875, 0.125, 0.375, 0.875],
  [0.625, 0.125, 0.875, 0.625, 0.625],
  [0.125, 0.625, 0.375, 0.125, 0.125],
]

/**
 * Point `index` of `dimension` computed independently: direction numbers rebuilt from the table in
 * BigInt (no 32-bit wrap-around can hide a bug), then the Gray code of the index XORed in.
 */
function referencePoint(index: bigint, dimension: number): number {
  const bits = 32n
  const v: bigint[] = [0n]
  if (dimension === 1) for (let j = 1n; j <= bits; j++) v.push(1n << (bits - j))
  else {
    const [s, a, ...m] = JOE_KUO_TABLE.split('\n')[dimension - 2].trim().split(/\s+/).map(BigInt)
    for (let j = 1n; j <= bits; j++) {
      if (j <= s) v.push(m[Number(j) - 1] << (bits - j))
      else {
        let value = v[Number(j - s)] ^ (v[Number(j - s)] >> s)
        for (let k = 1n; k < s; k++) if ((a >> (s - 1n - k)) & 1n) value ^= v[Number(j - k)]
        v.push(value)
      }
    }
  }
  const gray = index ^ (index >> 1n)
  let x = 0n
  for (let j = 0n; j < bits; j++) if ((gray >> j) & 1n) x ^= v[Number(j) + 1]
  return Number(x) / 2 ** 32
}

describe('Sobol sequence', () => {
  it('gives the published first points of dimensions 1 to 5', () => {
    const sequence = new SobolSequence(5)
    expect(PUBLISHED.map(() => sequence.next())).toEqual(PUBLISHED)
  })

  it('matches SciPy at point 2^20 + 3 in dimensions 1–6 and 40 (to SciPy’s 30 bits)', () => {
    // scipy.stats.qmc.Sobol(40, scramble=False); fast_forward(2**20 + 3); random(1)
    const scipy = [0.25000143, 0.71875715, 0.42957258, 0.08344603, 0.89723158, 0.63868666]
    const sequence = new SobolSequence(40)
    sequence.seek(2 ** 20 + 3)
    const point = sequence.next()
    scipy.forEach((value, d) => {
      expect(point[d]).toBeCloseTo(value, 7)
    })
    expect(point[39]).toBeCloseTo(0.5938553810119629, 8)
  })

  it('equals an exact BigInt reference beyond 2^20 points, bit for bit, stepping and seeking', () => {
    const dimensions = [1, 2, 3, 7, 50, 129, 256]
    const start = 2 ** 20 - 5
    const sequence = new SobolSequence(256)
    sequence.seek(start)
    for (let index = start; index < start + 40; index++) {
      const point = sequence.next()
      for (const d of dimensions) expect(point[d - 1]).toBe(referencePoint(BigInt(index), d))
    }
    for (const index of [2 ** 24 + 1, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 12345, 2 ** 32 - 1]) {
      sequence.seek(index)
      const point = sequence.next()
      for (const d of dimensions) expect(point[d - 1]).toBe(referencePoint(BigInt(index), d))
    }
  })

  it('stepping past 2^31 gives the same points as seeking to them', () => {
    const stepped = new SobolSequence(8)
    stepped.seek(2 ** 31 - 3)
    const seeked = new SobolSequence(8)
    for (let index = 2 ** 31 - 3; index < 2 ** 31 + 3; index++) {
      const point = stepped.next()
      seeked.seek(index)
      expect(point).toEqual(seeked.next())
      expect(point.every((x) => x >= 0 && x < 1)).toBe(true)
    }
  })

  it('has unsigned 32-bit direction numbers whose top bit is set for v_1', () => {
    for (const d of [1, 2, 100, 256]) {
      const v = directionNumbers(d)
      expect(v.length).toBe(32)
      expect(v[0]).toBe(2 ** 31)
    }
    expect(() => directionNumbers(257)).toThrow(RangeError)
  })

  it('skips the origin by default and puts 2^m points one in each dyadic interval', () => {
    expect(sobolPoints(1, 3)).toEqual([[0.5, 0.5, 0.5]])
    const points = sobolPoints(64, 6, 0)
    for (let d = 0; d < 6; d++) {
      const cells = new Set(points.map((point) => Math.floor(point[d] * 64)))
      expect(cells.size).toBe(64)
    }
  })
})
