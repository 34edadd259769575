// The pure SHA-256 against Node's crypto, across padding boundaries and multi-byte characters.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../src/experiment/sha256.ts'

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digest of "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000])('equals node:crypto for %i characters', (length) => {
    const text = 'drawdown é€😀'.repeat(Math.ceil(length / 12) + 1).slice(0, length)
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })
})
