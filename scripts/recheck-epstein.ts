// Facts 1 to 3 (Epstein's Model I) re-checked on seeds no test uses (3000 onwards by default): the
// designs and criteria of test/validation/epstein-sudden-gradual, epstein-punctuated and
// epstein-cop-reduction, printed as verdicts. A robustness report, not a test (docs/VALIDATION.md,
// "Re-checked on countries and seeds nobody has seen").
// Usage: npx tsx scripts/recheck-epstein.ts [firstSeed=3000]
import { libraryScenario, mean, outbursts, peak, run, runBranching } from '../test/validation/library.ts'

const first = Number(process.argv[2] ?? 3000)
const seeds = (n: number) => Array.from({ length: n }, (_, i) => first + i)
const verdict = (holds: boolean) => (holds ? 'holds' : 'FAILS')
const model = 'epstein-civil-violence'

const gradual = libraryScenario(model, 'run-3', { ticks: 250 })
const sudden = libraryScenario(model, 'run-4', { ticks: 250 })
const explosion = 0.25 * Math.round(0.7 * 40 * 40)
const pairs = seeds(10).map((seed) => runBranching([gradual, sudden], seed, 50))
const gradualPeaks = pairs.map(([g]) => peak(g.observables().active))
const suddenPeaks = pairs.map(([, s]) => peak(s.observables().active))
const explosions = (peaks: number[]) => peaks.filter((p) => p > explosion).length
console.log(
  `fact 1: explosions ${explosions(suddenPeaks)}/10 sudden, ${explosions(gradualPeaks)}/10 gradual; mean peaks ` +
    `${mean(suddenPeaks).toFixed(0)} and ${mean(gradualPeaks).toFixed(0)}: ` +
    verdict(
      explosions(suddenPeaks) >= 8 &&
        explosions(gradualPeaks) <= 1 &&
        mean(suddenPeaks) > 3 * mean(gradualPeaks),
    ),
)

const floored = libraryScenario(model, 'run-2')
const literal = libraryScenario(model, 'run-2', { 'rules.arrestRatio': 'literal' })
const withFloor = seeds(5).map((seed) => outbursts(run(floored, seed).observables().active))
const withoutFloor = seeds(5).map((seed) => outbursts(run(literal, seed).observables().active))
console.log(
  `fact 2: outbursts floored ${withFloor.join(', ')}, literal ${withoutFloor.join(', ')}: ` +
    verdict(withFloor.every((n) => n >= 3) && withoutFloor.every((n) => n === 0)),
)

const reduced = libraryScenario(model, 'run-5')
const kept = libraryScenario(model, 'run-5', { 'model.copDensity': 0.074 })
const start = 50
const arms = seeds(5).map((seed) => runBranching([reduced, kept], seed, start))
const tipped = arms.map(([r]) => outbursts(r.observables().active.slice(start)))
const calm = arms.map(([, k]) => outbursts(k.observables().active.slice(start)))
console.log(
  `fact 3: outbursts after tick ${start}, reduced ${tipped.join(', ')}, kept ${calm.join(', ')}: ` +
    verdict(tipped.filter((n) => n > 0).length >= 4 && calm.every((n) => n === 0)),
)
