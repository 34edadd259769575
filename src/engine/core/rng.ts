// Named random streams on seedrandom. Each stream is derived from (seed, purpose) alone, so adding a
// stream, or drawing from one, never shifts the draws of another, and reading state never draws.
import seedrandom from 'seedrandom'

/** A source of uniform numbers in [0, 1). */
export type Random = () => number

/** The complete state of one stream: Tyche-i's four 32-bit words. */
export interface StreamState {
  a: number
  b: number
  c: number
  d: number
}

type TycheiPrng = seedrandom.StatefulPRNG<seedrandom.State.Tychei>

/**
 * Tyche-i (Neves & Araujo 2011) is small, fast and passes BigCrush. Its own string seeding mixes
 * only briefly, so the starting state is drawn from seedrandom's ARC4, which mixes thoroughly:
 * related keys such as "7/movement" and "7/arrest" give unrelated streams.
 */
function initialState(seed: number, purpose: string): StreamState {
  const mixer = seedrandom(`drawdown-lab/${seed}/${purpose}`)
  const word = () => mixer.int32()
  const state = { a: word(), b: word(), c: word(), d: word() }
  if ((state.a | state.b | state.c | state.d) === 0) state.d = 1
  return state
}

/** The set of named streams of one simulation. Streams are created on first use. */
export class Streams {
  private readonly prngs = new Map<string, TycheiPrng>()

  constructor(
    readonly seed: number,
    private readonly saved: Readonly<Record<string, StreamState>> = {},
  ) {}

  /** The stream for `purpose`; the same function object on every call. */
  stream(purpose: string): Random {
    let prng = this.prngs.get(purpose)
    if (!prng) {
      const state = this.saved[purpose] ?? initialState(this.seed, purpose)
      prng = seedrandom.tychei('', { state: { ...state } })
      this.prngs.set(purpose, prng)
    }
    return prng
  }

  /** Every stream's state, by purpose, in a stable (sorted) order. */
  state(): Record<string, StreamState> {
    const out: Record<string, StreamState> = {}
    const names = new Set([...Object.keys(this.saved), ...this.prngs.keys()])
    for (const name of [...names].sort()) {
      const prng = this.prngs.get(name)
      out[name] = prng ? { ...prng.state() } : { ...this.saved[name] }
    }
    // A spread copy, which V8 keeps in fast mode: filled by keyed stores, `out` is a dictionary.
    return { ...out }
  }
}

/** A whole number in [0, n), n ≥ 1. Exact for n < 2^21. */
export function randomIndex(random: Random, n: number): number {
  return (random() * n) | 0
}
