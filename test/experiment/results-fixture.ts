// Synthetic results folders in the shape `drawdown batch` writes (runs.csv + manifest.json, per
// the contract of issue 8), with planted effects, for the analysis tests.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import seedrandom from 'seedrandom'
import { saltelliUnitPoints } from '../../src/experiment/saltelli.ts'

export const MEASURES = [
  'exitTick',
  'outcome',
  'timeToRelapse',
  'peakPostExitViolence',
  'relapseThreshold',
  'trustAtExit.police',
  'casualties',
  'horizonTicks',
  'ticksObservedAfterExit',
]
export const HORIZON = 360

export interface FixtureRun {
  point: number
  arm: string
  replicate: number
  seed: number
  factors: (number | string)[]
  /** Relapse probability planted for this run's point and arm. */
  relapseProbability: number
  /** Uniform draw shared by every run with this seed: the common random number. */
  luck: number
}

function measuresOf(run: FixtureRun): (number | string | null)[] {
  const relapse = run.luck < run.relapseProbability
  const exitTick = 300
  // Relapse times spread over the window; a durable run is watched for the whole horizon.
  const timeToRelapse = relapse ? 1 + Math.floor((run.luck / run.relapseProbability) * 200) : null
  const peak = 2 + 6 * run.relapseProbability + run.luck
  return [
    exitTick,
    relapse ? 'relapse' : 'durable',
    timeToRelapse,
    peak,
    5,
    0.6 - 0.2 * run.luck,
    10,
    HORIZON,
    HORIZON,
  ]
}

export function runsCsv(factorNames: readonly string[], runs: readonly FixtureRun[]): string {
  const header = ['run_id', 'point', 'arm', 'replicate', 'seed', ...factorNames, ...MEASURES]
  const rows = runs.map((run, runId) =>
    [runId, run.point, run.arm, run.replicate, run.seed, ...run.factors, ...measuresOf(run)]
      .map((cell) => (cell === null ? '' : String(cell)))
      .join(','),
  )
  return `${[header.join(','), ...rows].join('\n')}\n`
}

const luckOf = (seed: number) => seedrandom.xor4096(`fixture-${seed}`)()

/**
 * A factorial of exit year × political will, arms "abrupt" and "phased", 40 seeds: relapse
 * probability 0.75 − 0.5·will, 0.25 lower for "phased" (the planted effect of the handover).
 */
export function factorialRuns(): { factorNames: string[]; armNames: string[]; runs: FixtureRun[] } {
  const factorNames = ['drawdown.exitYear', 'policy.politicalWill']
  const armNames = ['abrupt', 'phased']
  const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i)
  const runs: FixtureRun[] = []
  let point = 0
  for (const exitYear of [3, 6]) {
    for (const will of [0.2, 0.5, 0.8]) {
      for (const arm of armNames) {
        seeds.forEach((seed, replicate) => {
          const relapseProbability = 0.75 - 0.5 * will - (arm === 'phased' ? 0.25 : 0)
          runs.push({
            point,
            arm,
            replicate,
            seed,
            factors: [exitYear, will],
            relapseProbability,
            luck: luckOf(seed),
          })
        })
      }
      point++
    }
  }
  return { factorNames, armNames, runs }
}

/** A Saltelli design (N = 256, 3 factors, one seed): relapse probability rises with x1 only. */
export function saltelliRuns(): { factorNames: string[]; runs: FixtureRun[] } {
  const factorNames = ['x1', 'x2', 'x3']
  const runs = saltelliUnitPoints(256, 3).map((factors, point) => ({
    point,
    arm: '',
    replicate: 0,
    seed: 7,
    factors,
    relapseProbability: factors[0],
    luck: 0.5,
  }))
  return { factorNames, runs }
}

/** Writes runs.csv and manifest.json into `dir`. */
export async function writeResults(
  dir: string,
  factorNames: readonly string[],
  runs: readonly FixtureRun[],
  manifest: Record<string, unknown>,
): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'runs.csv'), runsCsv(factorNames, runs))
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify({ factorNames, ...manifest }, null, 2)}\n`)
}
