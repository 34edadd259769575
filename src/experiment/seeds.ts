// Replicate seeds: an explicit list, or `count` seeds derived from a master seed. Every design
// point and arm runs the same seeds (common random numbers), so differences between them pair up.
import seedrandom from 'seedrandom'

/**
 * The first `count` seeds of master seed `masterSeed`: an ARC4 stream (seedrandom's default)
 * keyed by the text `drawdown-lab/replicates/<masterSeed>` yields unsigned 32-bit words
 * (`int32() >>> 0`) in order, and each word not seen before is the next seed. So seeds are whole
 * numbers in [0, 2^32), distinct, and a longer list starts with the shorter one.
 */
export function deriveSeeds(masterSeed: number, count: number): number[] {
  const stream = seedrandom(`drawdown-lab/replicates/${masterSeed}`)
  const seen = new Set<number>()
  const seeds: number[] = []
  while (seeds.length < count) {
    const word = stream.int32() >>> 0
    if (seen.has(word)) continue
    seen.add(word)
    seeds.push(word)
  }
  return seeds
}

/** A named stream of the experiment for sampling designs, apart from every replicate seed. */
export function designStream(masterSeed: number, name: string): () => number {
  return seedrandom(`drawdown-lab/experiment/${masterSeed}/${name}`)
}
