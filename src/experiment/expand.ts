// validateExperiment and expandExperiment: from an experiment file to the list of runs. Checks in
// order (the file's shape, its base scenario and presets, every path and value it sets, then every
// design point and arm once applied) and stops at the first stage that finds problems.

import { nestingProblem } from '../scenario/nesting.ts'
import { applyOverrides } from '../scenario/overrides.ts'
import type { Scenario } from '../scenario/schema.ts'
import { checkValue } from '../scenario/spec/index.ts'
import { formatProblem, type Problem, ScenarioError, validateScenario } from '../scenario/validate.ts'
import { type BaseResult, loadBase, type ScenarioLoader, withPreset } from './base-scenario.ts'
import { canonicalJson } from './canonical.ts'
import { designPoints, type PlannedFactor } from './design.ts'
import { designTypeOf } from './design-rules.ts'
import { scenarioObservables } from './observables.ts'
import { planFactors, recordedObservables, withBaseValues } from './plan.ts'
import type { ExpandedDesign, ExpandedExperiment } from './run-spec.ts'
import { entries, expandRuns } from './runs.ts'
import { type Arm, type ExperimentFile, experimentSpec } from './schema.ts'
import { deriveSeeds } from './seeds.ts'
import { sha256Hex } from './sha256.ts'

export type { ScenarioLoader } from './base-scenario.ts'

export type ExperimentResult =
  | { ok: true; experiment: ExpandedExperiment }
  | { ok: false; problems: Problem[] }

/** The experiment's arms, or one unnamed arm that changes nothing. */
const armsOf = (experiment: ExperimentFile): Arm[] =>
  experiment.arms.length > 0 ? experiment.arms : [{ name: '', description: '', set: {} }]

function designOf(experiment: ExperimentFile, factors: PlannedFactor[], points: ExpandedDesign['points']) {
  const type = designTypeOf(experiment)
  const design: ExpandedDesign = {
    type,
    factors: factors.map((factor) => ({
      path: factor.path,
      ...(factor.range ? { range: [...factor.range] as [number, number], scale: factor.scale } : {}),
      ...(factor.values ? { values: [...factor.values] } : {}),
      ...(factor.sets
        ? { sets: Object.fromEntries([...factor.sets].map(([v, set]) => [String(v), set])) }
        : {}),
      ...(type === 'one-at-a-time' && factor.base !== undefined ? { base: factor.base } : {}),
      ...(factor.integer ? { integer: true as const } : {}),
    })),
    points,
  }
  const file = experiment.design
  if (file?.type === 'latin-hypercube') {
    design.n = file.n
    design.seed = file.seed ?? experiment.replicates?.masterSeed
  }
  if (file?.type === 'saltelli') design.n = file.n
  return design
}

/** Every problem with an experiment file, or the experiment expanded into its runs. Never throws a ScenarioError. */
export function validateExperiment(input: unknown, load: ScenarioLoader): ExperimentResult {
  // Refused before anything recursive (validation copies values) meets data nested too deep.
  const tooDeep = nestingProblem(input)
  if (tooDeep) return { ok: false, problems: [tooDeep] }
  const checked = checkValue(experimentSpec, input)
  if (!checked.ok) return { ok: false, problems: checked.problems }
  const file = checked.value

  const loaded: BaseResult = loadBase(file.scenario, load)
  if (!loaded.ok) return loaded
  const preset = withPreset(loaded.raw, file.preset, 'preset')
  if (!('raw' in preset)) return { ok: false, problems: [preset] }
  const kind = (loaded.raw as { kind: Scenario['kind'] }).kind

  const plan = planFactors(kind, file)
  const armPresets = armsOf(file).map((arm, i) => withPreset(preset.raw, arm.preset, `arms[${i}].preset`))
  const problems = [...(plan.ok ? [] : plan.problems), ...armPresets.flatMap((p) => ('raw' in p ? [] : [p]))]
  if (!plan.ok || problems.length > 0) return { ok: false, problems }

  const fixed = [
    ...entries(file.set),
    ...(file.ticks === undefined ? [] : [{ path: 'ticks', value: file.ticks }]),
  ]
  const baseCheck = validateScenario(applyOverrides(preset.raw, fixed, { parseStrings: false }))
  if (!baseCheck.ok)
    return {
      ok: false,
      problems: baseCheck.problems.map((p) => ({
        path: 'set',
        message: `once applied, ${formatProblem(p)}`,
      })),
    }
  const base = baseCheck.scenario
  const factors = withBaseValues(file, plan.factors, base, problems)
  const observables = recordedObservables(file.record.observables, scenarioObservables(base), problems)
  if (problems.length > 0) return { ok: false, problems }

  const seeds =
    file.replicates?.seeds ?? deriveSeeds(file.replicates?.masterSeed ?? 0, file.replicates?.count ?? 0)
  const replicateSeeds = file.replicates === undefined ? [base.seed] : seeds
  const lhsSeed =
    file.design?.type === 'latin-hypercube' ? (file.design.seed ?? file.replicates?.masterSeed) : undefined
  const n =
    file.design?.type === 'latin-hypercube' || file.design?.type === 'saltelli' ? file.design.n : undefined
  const { points, unit } = designPoints(designTypeOf(file), factors, { n, seed: lhsSeed })

  const arms = armsOf(file).map((arm, a) => ({ ...arm, raw: (armPresets[a] as { raw: unknown }).raw }))
  const expanded = expandRuns({ factors, points, arms, fixed, seeds: replicateSeeds })
  if (!expanded.ok) return expanded
  const { runs } = expanded

  const canonicalText = canonicalJson({ experiment: input, scenario: loaded.raw })
  const design = designOf(file, factors, points)
  if (unit) design.unit = unit
  return {
    ok: true,
    experiment: {
      name: file.name,
      description: file.description,
      kind,
      ticks: Math.max(...runs.map((run) => run.scenario.ticks)),
      factorNames: factors.map((factor) => factor.path),
      armNames: arms.map((arm) => arm.name),
      armDescriptions: Object.fromEntries(arms.map((arm) => [arm.name, arm.description])),
      seeds: [...replicateSeeds],
      design,
      record: { observables, every: file.record.every, units: file.record.units },
      runs,
      canonicalText,
      hash: sha256Hex(canonicalText),
    },
  }
}

/** The experiment expanded into its runs; throws ScenarioError listing every problem, one per line. */
export function expandExperiment(input: unknown, load: ScenarioLoader): ExpandedExperiment {
  const result = validateExperiment(input, load)
  if (!result.ok) throw new ScenarioError(result.problems)
  return result.experiment
}
