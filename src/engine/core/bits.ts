// Sets of cells kept as one bit a cell (bit `cell & 31` of word `cell >>> 5`): counting the set bits
// of a run of cells a word at a time, and finding the k-th of them. The vacancy bits (agents.ts) and
// the active-cell bits (systems/active-cells.ts) are read this way.

/** Set bits in a 32-bit word. */
export function bitCount(word: number): number {
  const pairs = word - ((word >>> 1) & 0x55555555)
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333)
  return Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/**
 * Among the cells `first..last` (inclusive, ascending, within one row), the k-th (0-based) whose bit
 * is set in `bits`, not counting cell `except` (−1: none): its cell, or −1 − (how many are set) when
 * there are k or fewer, so that the caller can count them off and go on to the next run of cells.
 */
export function nthSetCell(bits: Int32Array, first: number, last: number, k: number, except = -1): number {
  let left = k
  const exceptWord = except >>> 5
  for (let word = first >>> 5, lastWord = last >>> 5; word <= lastWord; word++) {
    const low = word === first >>> 5 ? first & 31 : 0
    const high = word === lastWord ? last & 31 : 31
    // Bits low..high of the word: all ones shifted up by low, cut above high.
    const mask = ((-1 << low) & (-1 >>> (31 - high))) | 0
    let set = bits[word] & mask & (word === exceptWord ? ~(1 << except) : -1)
    const count = bitCount(set)
    if (left < count) {
      for (; left > 0; left--) set &= set - 1
      return (word << 5) + 31 - Math.clz32(set & -set)
    }
    left -= count
  }
  return -1 - (k - left)
}
