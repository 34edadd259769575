// The historical scenarios re-checked on seeds no test or calibration uses (3000 onwards by
// default; the history tests use 201-208): each run until its verdict is final, as the tests do.
// A robustness report, not a test (docs/VALIDATION.md, "Re-checked on countries and seeds nobody
// has seen").
// Usage: npx tsx scripts/recheck-history.ts [seeds=8] [firstSeed=3000]
import { describeOutcomes, outcomes } from '../test/validation/history.ts'

const count = Number(process.argv[2] ?? 8)
const first = Number(process.argv[3] ?? 3000)
const seeds = Array.from({ length: count }, (_, i) => first + i)
for (const name of ['timor-leste', 'mali', 'sierra-leone', 'liberia']) {
  console.log(`${name}: ${describeOutcomes(outcomes(name, seeds))}`)
}
