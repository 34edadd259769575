// The whole analysis of an experiment's runs: per group summaries, paired arm differences,
// survival, the relapse frontier, Sobol indices (Saltelli designs) and PRIM boxes.
import { BOOTSTRAP_SEED } from './bootstrap.ts'
import { discoveryOf } from './discovery.ts'
import { frontierOf } from './frontier.ts'
import { binnedFactors, cellsOf, type Group, groupRuns } from './groups.ts'
import { CONFIDENCE } from './interval.ts'
import { kaplanMeier } from './kaplan-meier.ts'
import type { ManifestInfo } from './manifest.ts'
import { meanInterval } from './mean-ci.ts'
import { hasOutcome, isRelapse, numberOf, survivalObservation } from './measures.ts'
import { METHODS } from './methods.ts'
import { pairedDifference } from './paired.ts'
import type { PrimOptions } from './prim.ts'
import type { RunRecord, RunTable } from './runs-table.ts'
import { sobolOf } from './sobol-analysis.ts'
import type { DifferenceSummary, ExperimentSummary, GroupSummary, SurvivalSummary } from './summary-types.ts'
import { levelLabel } from './text-table.ts'
import { wilsonInterval } from './wilson.ts'

/** Designs whose points are samples, not levels: one row per point would be noise, so they pool by default. */
export const SAMPLED_DESIGNS = ['latin-hypercube', 'saltelli']

export interface AnalysisOptions {
  /**
   * Group by these factors, marginalising the others. Default: one group per design point, or
   * none (pooled per arm) for a sampled design.
   */
  by?: readonly string[]
  /** Bootstrap resamples for Sobol intervals (default 1000). */
  resamples?: number
  bootstrapSeed?: number
  prim?: PrimOptions
}

/** Up to this many groups get a survival curve each; beyond, one curve per arm. */
export const MAX_SURVIVAL_CURVES = 12

const relapseValue = (run: RunRecord) => {
  const relapse = isRelapse(run)
  return relapse === null ? Number.NaN : Number(relapse)
}

function summariseGroup(group: Group, table: RunTable, withOutcome: boolean, byPoint: boolean): GroupSummary {
  const classified = group.runs.map(isRelapse).filter((relapse) => relapse !== null)
  const observations = group.runs.map(survivalObservation).filter((observation) => observation !== null)
  const curve = observations.length > 0 ? kaplanMeier(observations) : null
  return {
    factors: group.factors,
    point: byPoint ? group.runs[0].point : null,
    arm: group.arm,
    runs: group.runs.length,
    exited: group.runs.filter((run) => Number.isFinite(numberOf(run, 'exitTick'))).length,
    relapse: withOutcome ? wilsonInterval(classified.filter(Boolean).length, classified.length) : null,
    measures: Object.fromEntries(
      table.numericMeasures.map((name) => [name, meanInterval(group.runs.map((run) => numberOf(run, name)))]),
    ),
    timeToRelapse: curve && { atRisk: curve.n, events: curve.events, median: curve.median },
  }
}

function differencesOf(
  groups: readonly Group[],
  table: RunTable,
  reference: string,
  withOutcome: boolean,
  byPoint: boolean,
): DifferenceSummary[] {
  const differences: DifferenceSummary[] = []
  for (const cell of cellsOf(groups)) {
    const base = cell.find((group) => group.arm === reference)
    if (base === undefined) continue
    for (const group of cell) {
      if (group === base) continue
      differences.push({
        factors: group.factors,
        point: byPoint ? group.runs[0].point : null,
        arm: group.arm,
        reference,
        relapse: withOutcome ? pairedDifference(group, base, relapseValue) : null,
        measures: Object.fromEntries(
          table.numericMeasures.map((name) => [
            name,
            pairedDifference(group, base, (run) => numberOf(run, name)),
          ]),
        ),
      })
    }
  }
  return differences
}

const describeFactors = (factors: Record<string, number | string>) =>
  Object.entries(factors)
    .map(([name, value]) => `${name} = ${levelLabel(value)}`)
    .join(', ')

function survivalOf(
  groups: readonly Group[],
  table: RunTable,
  armNames: readonly string[],
): SurvivalSummary[] {
  const sets =
    groups.length <= MAX_SURVIVAL_CURVES
      ? groups.map((group) => ({ factors: group.factors, arm: group.arm, runs: group.runs }))
      : armNames.map((arm) => ({ factors: {}, arm, runs: table.runs.filter((run) => run.arm === arm) }))
  return sets.flatMap(({ factors, arm, runs }) => {
    const observations = runs.map(survivalObservation).filter((observation) => observation !== null)
    if (observations.length === 0) return []
    const label = [arm, describeFactors(factors)].filter((part) => part !== '').join(': ') || 'all runs'
    return [{ label, factors, arm, curve: kaplanMeier(observations) }]
  })
}

/** The two factors of the frontier: the first two of `--by`, else the first two that vary. */
function frontierFactors(table: RunTable, by: readonly string[] | undefined): [string, string] | null {
  const varying = table.factorNames.filter(
    (name) => new Set(table.runs.map((run) => run.factors[name])).size > 1,
  )
  const chosen = by && by.length >= 2 ? by : varying
  return chosen.length >= 2 ? [chosen[0], chosen[1]] : null
}

/** Analyses the runs of an experiment. Pure: the same table, manifest and options give the same summary. */
export function analyzeExperiment(
  table: RunTable,
  manifest: ManifestInfo,
  options: AnalysisOptions = {},
): ExperimentSummary {
  const notes: string[] = []
  if (manifest.complete === false) {
    const of = manifest.plannedRuns === undefined ? '' : ` of ${manifest.plannedRuns}`
    notes.push(`The batch has not finished: ${table.runs.length}${of} runs analysed`)
  }
  if (table.tornLastLine) notes.push('runs.csv ends in a line still being written: left out')
  const sampled = SAMPLED_DESIGNS.includes(manifest.designType)
  const by = options.by ?? (sampled ? [] : undefined)
  const groups = groupRuns(table, by, sampled)
  const byPoint = by === undefined
  const withOutcome = hasOutcome(table.measureNames)
  if (!withOutcome) notes.push('No outcome column: relapse, survival, frontier and discovery skipped')
  const seen = [...new Set(table.runs.map((run) => run.arm))]
  const armNames = [
    ...manifest.armNames.filter((arm) => seen.includes(arm)),
    ...seen.filter((arm) => !manifest.armNames.includes(arm)),
  ]
  const referenceArm = armNames.length > 1 ? armNames[0] : null
  const resamples = options.resamples ?? 1000
  const bootstrapSeed = options.bootstrapSeed ?? BOOTSTRAP_SEED

  let sobol: ExperimentSummary['sobol'] = null
  if (manifest.designType === 'saltelli') {
    // Time to relapse exists only for runs that relapsed: its per-point mean is not an output of the design.
    const varying = table.numericMeasures.filter(
      (name) =>
        name !== 'timeToRelapse' &&
        new Set(table.runs.map((run) => numberOf(run, name)).filter(Number.isFinite)).size > 1,
    )
    const outputs = withOutcome ? ['relapse', ...varying] : varying
    const result = sobolOf(table, { outputs, armNames, resamples, seed: bootstrapSeed })
    if (typeof result === 'string') notes.push(result)
    else sobol = result
  }

  const discovery = withOutcome ? discoveryOf(table, armNames, options.prim) : []
  const hasFactors = table.factorNames.length > 0
  if (typeof discovery === 'string' && hasFactors) notes.push(discovery)
  const axes = withOutcome ? frontierFactors(table, by) : null
  if (withOutcome && axes === null && hasFactors) notes.push('Frontier skipped: fewer than two factors vary')

  return {
    format: 'drawdown-analysis',
    version: 1,
    designType: manifest.designType,
    factorNames: table.factorNames,
    armNames,
    referenceArm,
    groupBy: by ? [...by] : table.factorNames,
    binned: by ? binnedFactors(table, by, sampled) : [],
    runs: table.runs.length,
    confidence: CONFIDENCE,
    methods: METHODS,
    measures: table.numericMeasures,
    groups: groups.map((group) => summariseGroup(group, table, withOutcome, byPoint)),
    differences:
      referenceArm === null ? [] : differencesOf(groups, table, referenceArm, withOutcome, byPoint),
    survival: withOutcome ? survivalOf(groups, table, armNames) : [],
    frontier: axes && frontierOf(table.runs, axes[0], axes[1], armNames, sampled),
    sobol,
    discovery: typeof discovery === 'string' ? [] : discovery,
    notes,
  }
}
