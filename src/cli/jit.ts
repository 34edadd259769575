// How the command's process asks V8 to compile the engine. A citizen's turn in the SSR model is
// several small functions (the turn, trust, grievance, membership, the move and its empty-cell
// draw); V8 inlines callees into a function it optimizes only up to 920 bytes of their bytecode in
// all, which the SSR citizen's exceeds, so trust and the move stayed calls of their own. With a
// larger budget the whole turn compiles as one function: the 15-year run took 0.93 of the time
// (median of 8 alternating pairs) and Model I at 200 × 200 ran 5–8% faster (docs/performance.md).
// Inlining changes no result: JavaScript's arithmetic is the same however the code is compiled.
// The flag is process-wide, so the workers a batch starts share it; a browser keeps V8's default.
import { setFlagsFromString } from 'node:v8'

/** V8 flags the command sets for its process before any simulation runs. */
export const JIT_FLAGS = ['--max-inlined-bytecode-size-cumulative=3000'] as const

/** Sets `JIT_FLAGS`; call before the engine's code first runs hot. */
export function tuneJit(): void {
  for (const flag of JIT_FLAGS) setFlagsFromString(flag)
}
