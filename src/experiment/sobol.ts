// Sobol low-discrepancy points in [0, 1)^d from Joe & Kuo's direction numbers, in Gray-code order
// (Antonov & Saleev), with 32-bit direction numbers kept unsigned: exact up to 2^32 − 1 points.
import { JOE_KUO_TABLE, SOBOL_MAX_DIMENSIONS } from './joe-kuo.ts'

const BITS = 32
const SCALE = 2 ** BITS

export { SOBOL_MAX_DIMENSIONS }

/** The largest point index this generator computes exactly. */
export const SOBOL_MAX_INDEX = SCALE - 1

interface Primitive {
  /** Degree of the primitive polynomial. */
  s: number
  /** Its inner coefficients as bits, most significant first. */
  a: number
  /** Initial direction integers m_1 … m_s. */
  m: number[]
}

let table: Primitive[] | undefined

function primitives(): Primitive[] {
  table ??= JOE_KUO_TABLE.split('\n').map((line) => {
    const [s, a, ...m] = line.trim().split(/\s+/).map(Number)
    return { s, a, m }
  })
  return table
}

/**
 * Direction numbers v_1 … v_32 of one dimension (1-based) as unsigned 32-bit integers; v_j holds
 * the binary fraction m_j / 2^j. Uint32Array storage turns each XOR's signed result unsigned.
 */
export function directionNumbers(dimension: number): Uint32Array {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > SOBOL_MAX_DIMENSIONS)
    throw new RangeError(`Sobol dimension must be a whole number from 1 to ${SOBOL_MAX_DIMENSIONS}`)
  const v = new Uint32Array(BITS + 1) // v[0] unused, so v[j] reads as in the papers
  if (dimension === 1) {
    for (let j = 1; j <= BITS; j++) v[j] = 2 ** (BITS - j)
    return v.subarray(1)
  }
  const { s, a, m } = primitives()[dimension - 2]
  for (let j = 1; j <= Math.min(s, BITS); j++) v[j] = m[j - 1] * 2 ** (BITS - j)
  for (let j = s + 1; j <= BITS; j++) {
    let value = v[j - s] ^ (v[j - s] >>> s)
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) value ^= v[j - k]
    v[j] = value
  }
  return v.subarray(1)
}

/** 0-based position of the lowest zero bit of a whole number below 2^32. */
function lowestZeroBit(index: number): number {
  let bit = 0
  let rest = index
  while (rest % 2 === 1) {
    rest = (rest - 1) / 2
    bit++
  }
  return bit
}

/** A Sobol sequence, point after point; point 0 is the origin. */
export class SobolSequence {
  private readonly directions: Uint32Array[]
  private readonly x: Uint32Array
  private nextIndex = 0

  constructor(readonly dimensions: number) {
    this.directions = Array.from({ length: dimensions }, (_, d) => directionNumbers(d + 1))
    this.x = new Uint32Array(dimensions)
  }

  /** Index of the point `next()` returns. */
  get index(): number {
    return this.nextIndex
  }

  /** The next point: x_i = x_{i−1} XOR v_c, where c is the lowest zero bit of i − 1. */
  next(): number[] {
    if (this.nextIndex > SOBOL_MAX_INDEX)
      throw new RangeError('the Sobol sequence is exhausted (2^32 points)')
    if (this.nextIndex > 0) {
      const c = lowestZeroBit(this.nextIndex - 1)
      for (let d = 0; d < this.dimensions; d++) this.x[d] ^= this.directions[d][c]
    }
    this.nextIndex++
    return Array.from(this.x, (word) => word / SCALE)
  }

  /** Jumps to point `index` (the Gray code of index selects the direction numbers to XOR). */
  seek(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index > SOBOL_MAX_INDEX)
      throw new RangeError(`Sobol point index must be a whole number from 0 to ${SOBOL_MAX_INDEX}`)
    this.x.fill(0)
    for (let bit = 0; bit < BITS; bit++) {
      const here = Math.floor(index / 2 ** bit) % 2
      const above = Math.floor(index / 2 ** (bit + 1)) % 2
      if (here !== above) for (let d = 0; d < this.dimensions; d++) this.x[d] ^= this.directions[d][bit]
    }
    this.nextIndex = index
    if (index > 0) {
      // x now holds point `index`; step the state back so that next() returns it.
      const c = lowestZeroBit(index - 1)
      for (let d = 0; d < this.dimensions; d++) this.x[d] ^= this.directions[d][c]
    }
  }
}

/**
 * `count` points of dimension `dimensions`, starting at point `skip` (1 by default: the origin is
 * left out, as Saltelli samplers usually do, since it sits on the corner of the cube).
 */
export function sobolPoints(count: number, dimensions: number, skip = 1): number[][] {
  const sequence = new SobolSequence(dimensions)
  sequence.seek(skip)
  return Array.from({ length: count }, () => sequence.next())
}
