// Fact 4 (Epstein's Model II) re-checked on seeds no test or preset set-up uses (3000 onwards by
// default): the design and criteria of test/validation/epstein-peacekeepers.test.ts (16 seeds a
// density, both readings of the rules, the withdrawal at tick 301), printed as verdicts. A
// robustness report, not a test (docs/VALIDATION.md, "Re-checked on countries and seeds nobody has
// seen").
// Usage: npx tsx scripts/recheck-extinction.ts [firstSeed=3000]
import { type Extinction, extinction, extinctionFrom } from '../test/validation/epstein-extinction.ts'
import { libraryScenario, mean, standardDeviation } from '../test/validation/library.ts'

const first = Number(process.argv[2] ?? 3000)
const SEEDS = Array.from({ length: 16 }, (_, i) => first + i)
const HORIZON = 1500
const WITHDRAWAL = 301
const AFTER = 500
const verdict = (holds: boolean) => (holds ? 'holds' : 'FAILS')

const arm = (preset: string, density: number, snapshotAt?: number): Extinction[] => {
  const scenario = libraryScenario('epstein-peacekeeping', preset, { 'model.peacekeeperDensity': density })
  return SEEDS.map((seed) => extinction(scenario, seed, HORIZON, snapshotAt))
}
const summary = (runs: Extinction[]) => {
  const times = runs.map((r) => r.tick)
  return { mean: mean(times), spread: standardDeviation(times) }
}

for (const [name, preset, densities] of [
  ['shipped rules', 'run-8', [0, 0.02, 0.06]],
  ['replication', 'replication', [0, 0.04, 0.08]],
] as const) {
  const runs = densities.map((d) =>
    arm(preset, d, preset === 'run-8' && d === 0.06 ? WITHDRAWAL - 1 : undefined),
  )
  const stats = runs.map(summary)
  const none = runs[0]
  const bothGroups = none.some((r) => r.group === 'blue') && none.some((r) => r.group === 'green')
  const rising = stats.every(
    (s, i) => i === 0 || (s.mean > stats[i - 1].mean && s.spread > stats[i - 1].spread),
  )
  console.log(
    `fact 4, ${name}: time to extinction ${stats.map((s, i) => `${densities[i]}: ${s.mean.toFixed(0)} (sd ${s.spread.toFixed(0)})`).join(', ')}; ` +
      `without peacekeepers every run extinct ${none.every((r) => r.group !== null)}, both groups by chance ${bothGroups}: ` +
      verdict(
        none.every((r) => r.group !== null) && bothGroups && rising && stats[1].mean > 1.5 * stats[0].mean,
      ),
  )
  if (preset !== 'run-8') continue
  const withdrawn = libraryScenario('epstein-peacekeeping', 'withdrawal')
  let alive = 0
  let afterWithdrawal = 0
  let whileStaying = 0
  for (const run of runs[2]) {
    if (!run.snapshot) continue
    alive++
    if (extinctionFrom(run.snapshot, withdrawn, WITHDRAWAL + AFTER).group) afterWithdrawal++
    if (run.group && run.tick <= WITHDRAWAL + AFTER) whileStaying++
  }
  console.log(
    `fact 4, withdrawal: ${alive} runs alive at tick ${WITHDRAWAL}, extinct within ${AFTER} ticks in ${afterWithdrawal} ` +
      `after withdrawal, ${whileStaying} staying: ` +
      verdict(alive >= 8 && afterWithdrawal / alive >= 0.8 && afterWithdrawal > whileStaying + 3),
  )
}
