// Resampling indices for bootstrap intervals from a seeded 32-bit generator (seedrandom's
// xor4096): the same seed gives the same intervals in Node and the browser.
import seedrandom from 'seedrandom'

/** Default seed of the analysis' bootstraps, so a summary is reproducible byte for byte. */
export const BOOTSTRAP_SEED = 20240601

export interface Resampler {
  /** Fills `indices` with draws, uniform on 0..n−1, with replacement. */
  resample(indices: Uint32Array, n: number): void
}

export function resampler(seed: number = BOOTSTRAP_SEED): Resampler {
  const random = seedrandom.xor4096(String(seed))
  return {
    resample(indices, n) {
      // int32() is a full 32-bit word; scaling (not modulo) keeps every index equally likely up to 2^-32.
      for (let i = 0; i < indices.length; i++) indices[i] = Math.floor(((random.int32() >>> 0) / 2 ** 32) * n)
    },
  }
}
