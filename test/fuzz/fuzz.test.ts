// The standing fuzz suites (issue 11): hostile scenario objects, scenario file bytes, --set entries,
// share-link fragments and experiment files. Each case must end in a short valid run or in problems that name a path,
// never an uncaught exception, a stack trace or a hang. `npm test` runs a fast sample of each;
// `npm run fuzz` runs FUZZ_RUNS cases per suite (2 500 each, 12 500 in all). Seeds are fixed
// (FUZZ_SEED) so that a failure reproduces; fast-check prints the seed and path of the shrunk case.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hostileFile, hostileFragment, hostileOverride, hostileScenario, SMALL } from './arbitraries.ts'
import { experimentEnding, hostileExperiment } from './experiments.ts'
import { type Ending, fileEnding, linkEnding, scenarioEnding, timed } from './oracle.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
/** Per case: generous for a machine shared by many, far below a hang. */
const CASE_MS = Number(process.env.FUZZ_CASE_MS ?? 5000)
const SUITE_TIMEOUT = Math.max(60_000, RUNS * 400)

function tally() {
  const counts: Partial<Record<Ending, number>> = {}
  return {
    add: (ending: Ending) => {
      counts[ending] = (counts[ending] ?? 0) + 1
    },
    counts,
  }
}

const report = (suite: string, counts: object) =>
  console.log(`fuzz ${suite}: ${RUNS} cases ${JSON.stringify(counts)}`)

describe('fuzz', () => {
  it(
    'scenario objects',
    async () => {
      const { add, counts } = tally()
      await fc.assert(
        fc.asyncProperty(hostileScenario, async (raw) =>
          add(await timed(CASE_MS, () => scenarioEnding(raw))),
        ),
        { numRuns: RUNS, seed: SEED },
      )
      report('scenario objects', counts)
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(RUNS)
    },
    SUITE_TIMEOUT,
  )

  it(
    'scenario files (truncated, not UTF-8, deeply nested text)',
    async () => {
      const { add, counts } = tally()
      await fc.assert(
        fc.asyncProperty(hostileFile, async (bytes) => add(await timed(CASE_MS, () => fileEnding(bytes)))),
        { numRuns: RUNS, seed: SEED + 1 },
      )
      report('scenario files', counts)
      expect(counts['file-error']).toBeGreaterThan(0)
    },
    SUITE_TIMEOUT,
  )

  it(
    '--set overrides',
    async () => {
      const { add, counts } = tally()
      const bases = fc.constantFrom(...Object.values(SMALL))
      await fc.assert(
        fc.asyncProperty(
          bases,
          fc.array(hostileOverride, { minLength: 1, maxLength: 3 }),
          async (raw, entries) => add(await timed(CASE_MS, () => scenarioEnding(raw, entries))),
        ),
        { numRuns: RUNS, seed: SEED + 2 },
      )
      report('--set overrides', counts)
      expect(counts.invalid).toBeGreaterThan(0)
    },
    SUITE_TIMEOUT,
  )

  it(
    'share-link fragments',
    async () => {
      const { add, counts } = tally()
      await fc.assert(
        fc.asyncProperty(hostileFragment, async (fragment) =>
          add(await timed(CASE_MS, () => linkEnding(fragment, SMALL['civil-violence']))),
        ),
        { numRuns: RUNS, seed: SEED + 3 },
      )
      report('share links', counts)
      expect(counts['link-error']).toBeGreaterThan(0)
    },
    SUITE_TIMEOUT,
  )

  it(
    'experiment files',
    async () => {
      const { add, counts } = tally()
      await fc.assert(
        fc.asyncProperty(hostileExperiment, async (raw) =>
          add(await timed(CASE_MS, () => experimentEnding(raw))),
        ),
        { numRuns: RUNS, seed: SEED + 4 },
      )
      report('experiment files', counts)
      expect(counts.invalid).toBeGreaterThan(0)
    },
    SUITE_TIMEOUT,
  )
})
