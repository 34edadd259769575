// Checks an experiment against its base scenario's schema (every path it sets, every factor
// value against that parameter's own range and type, the observables to record) and plans the
// factors the design varies.
import { expressionProblem } from '../expr/index.ts'
import type { Scenario, ScenarioKind } from '../scenario/schema.ts'
import { type AnySpec, formatPath, type LeafInfo, type Path, type Problem } from '../scenario/spec/index.ts'
import { didYouMean } from '../scenario/spec/suggest.ts'
import { INVALID } from '../scenario/spec/types.ts'
import type { FactorValue, PlannedFactor } from './design.ts'
import { factorLevels } from './design.ts'
import { designTypeOf } from './design-rules.ts'
import { checkScenarioPath, isSingleValue, valueAt } from './scenario-paths.ts'
import type { ExperimentFile, Factor } from './schema.ts'

const checkExpression = (source: string, names: readonly string[]) =>
  expressionProblem(source, names)?.message

/** Problems with the paths of a `set`: `set.reform.politicalWil: …` or `arms[0].set.…`. */
export function checkSetPaths(kind: ScenarioKind, set: Record<string, unknown>, at: Path): Problem[] {
  return Object.keys(set).flatMap((path) => {
    const checked = checkScenarioPath(kind, path)
    return checked.ok ? [] : [{ path: formatPath([...at, checked.where]), message: checked.message }]
  })
}

/** Reports each problem of `value` as the parameter's own schema finds it, at `path`. */
function checkValue(spec: AnySpec, value: unknown, path: Path, problems: Problem[]): void {
  const context = {
    report: (where: Path, message: string) => problems.push({ path: formatPath(where), message }),
    checkExpression,
  }
  const before = problems.length
  if (spec.check(value, path, context) === INVALID && problems.length === before)
    problems.push({ path: formatPath(path), message: `must be ${spec.expected}` })
}

/** A factor given as sets: every level's paths checked; its values are the levels' values. */
function planLinked(
  kind: ScenarioKind,
  factor: Factor,
  index: number,
  problems: Problem[],
): PlannedFactor | undefined {
  const levels = factor.sets ?? []
  const before = problems.length
  levels.forEach((level, j) => {
    problems.push(...checkSetPaths(kind, level.set, ['factors', index, 'sets', j, 'set']))
  })
  const values = levels.map((level) => level.value)
  if (factor.base !== undefined && !values.includes(factor.base))
    problems.push({
      path: `factors[${index}].base`,
      message: `must be one of the sets' values, got ${JSON.stringify(factor.base)}`,
    })
  if (problems.length > before) return undefined
  return {
    path: factor.name ?? '',
    sets: new Map(levels.map((level) => [level.value, level.set])),
    values,
    scale: 'linear',
    integer: false,
    base: factor.base,
  }
}

/** One factor checked against the schema of `kind`; undefined (with problems) when it is wrong. */
function planFactor(
  kind: ScenarioKind,
  factor: Factor,
  index: number,
  problems: Problem[],
): PlannedFactor | undefined {
  const { path } = factor
  if (factor.sets !== undefined || path === undefined) return planLinked(kind, factor, index, problems)
  const at: Path = ['factors', index]
  const found = checkScenarioPath(kind, path)
  if (!found.ok) {
    problems.push({ path: formatPath([...at, 'path']), message: `${found.where}: ${found.message}` })
    return undefined
  }
  if (!isSingleValue(found.spec)) {
    problems.push({
      path: formatPath([...at, 'path']),
      message: `${factor.path} is a group of parameters, not one value`,
    })
    return undefined
  }
  const before = problems.length
  factor.values?.forEach((value, i) => {
    checkValue(found.spec, value, [...at, 'values', i], problems)
  })
  factor.range?.forEach((value, i) => {
    checkValue(found.spec, value, [...at, 'range', i], problems)
  })
  if (factor.base !== undefined) checkValue(found.spec, factor.base, [...at, 'base'], problems)
  if (problems.length > before) return undefined
  const leaf: LeafInfo | undefined = found.spec.leaf?.()
  const planned: PlannedFactor = {
    path,
    values: factor.values,
    range: factor.range as [number, number] | undefined,
    levels: factor.levels,
    scale: factor.scale ?? 'linear',
    integer: leaf?.type === 'integer',
    base: factor.base,
  }
  const levels = factorLevels(planned)
  if (factor.range !== undefined && factor.levels !== undefined && new Set(levels).size < levels.length)
    problems.push({
      path: formatPath([...at, 'levels']),
      message: `${factor.path} takes whole numbers: ${factor.levels} levels of [${factor.range.join(', ')}] repeat a value`,
    })
  return planned
}

export type FactorPlan = { ok: true; factors: PlannedFactor[] } | { ok: false; problems: Problem[] }

/** Every factor planned, or every problem with the factors and the paths the experiment sets. */
export function planFactors(kind: ScenarioKind, experiment: ExperimentFile): FactorPlan {
  const problems = [
    ...checkSetPaths(kind, experiment.set, ['set']),
    ...experiment.arms.flatMap((arm, i) => checkSetPaths(kind, arm.set, ['arms', i, 'set'])),
  ]
  const factors = experiment.factors.map((factor, i) => planFactor(kind, factor, i, problems))
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, factors: factors as PlannedFactor[] }
}

/**
 * One-at-a-time designs hold each factor at its `base`, or else at the base scenario's value
 * (after the experiment's preset and set), which must then be a single number or string.
 */
export function withBaseValues(
  experiment: ExperimentFile,
  factors: PlannedFactor[],
  base: Scenario,
  problems: Problem[],
): PlannedFactor[] {
  if (designTypeOf(experiment) !== 'one-at-a-time') return factors
  return factors.map((factor, i) => {
    if (factor.base !== undefined) return factor
    if (factor.sets !== undefined) {
      problems.push({ path: `factors[${i}].base`, message: 'required for a factor given as sets' })
      return factor
    }
    const value = valueAt(base, factor.path)
    if (typeof value === 'number' || typeof value === 'string')
      return { ...factor, base: value as FactorValue }
    problems.push({
      path: `factors[${i}].base`,
      message: `required: the base scenario's ${factor.path} is not a single number or string`,
    })
    return factor
  })
}

/** The observables to record: "all" or the listed names, each checked against the scenario's. */
export function recordedObservables(
  listed: 'all' | string[],
  available: readonly string[],
  problems: Problem[],
): string[] {
  if (listed === 'all') return [...available]
  listed.forEach((name, i) => {
    if (available.includes(name)) {
      if (listed.indexOf(name) !== i)
        problems.push({ path: `record.observables[${i}]`, message: `"${name}" is listed twice` })
      return
    }
    const hint = didYouMean(name, available) || `; observables: ${available.join(', ')}`
    problems.push({ path: `record.observables[${i}]`, message: `unknown observable "${name}"${hint}` })
  })
  return listed
}
