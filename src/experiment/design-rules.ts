// Checks across an experiment file's fields that need no scenario: which factors each design
// takes, unique arm names and factor paths, and where a sampling design gets its seed.

import { MAX_EXPERIMENT_RUNS } from '../scenario/limits.ts'
import type { Report } from '../scenario/spec/index.ts'
import { SALTELLI_MAX_FACTORS } from './saltelli.ts'

export type DesignType = 'factorial' | 'one-at-a-time' | 'latin-hypercube' | 'saltelli' | 'arms-only'

interface RuleShape {
  design?: { type: DesignType; seed?: number; n?: number }
  factors: Array<{
    path?: string
    name?: string
    values?: unknown[]
    range?: number[]
    levels?: number
    base?: unknown
    sets?: Array<{ set: Record<string, unknown> }>
  }>
  arms: Array<{ name: string; set: Record<string, unknown> }>
  set: Record<string, unknown>
  ticks?: number
  replicates?: { masterSeed?: number; count?: number; seeds?: unknown[] }
}

/** A factor's column name: its path, or its name when given as sets. */
export const factorKey = (factor: { path?: string; name?: string }): string =>
  factor.path ?? factor.name ?? ''

/** Every scenario path a factor changes. */
const pathsOf = (factor: RuleShape['factors'][number]): string[] =>
  factor.sets ? [...new Set(factor.sets.flatMap((level) => Object.keys(level.set)))] : [factorKey(factor)]

/** The design a file asks for: its `design.type`, else factorial with factors and arms-only without. */
export function designTypeOf(experiment: Pick<RuleShape, 'design' | 'factors'>): DesignType {
  return experiment.design?.type ?? (experiment.factors.length > 0 ? 'factorial' : 'arms-only')
}

const SAMPLING: ReadonlySet<DesignType> = new Set(['latin-hypercube', 'saltelli'])

function checkFactors(experiment: RuleShape, type: DesignType, report: Report): void {
  experiment.factors.forEach((factor, i) => {
    if (SAMPLING.has(type)) {
      if (factor.values !== undefined || factor.sets !== undefined)
        report(['factors', i], `the ${type} design samples a range: give "range" instead`)
      if (factor.levels !== undefined)
        report(['factors', i, 'levels'], `not used by the ${type} design, which samples the range`)
    } else if (factor.range !== undefined && factor.levels === undefined) {
      report(['factors', i, 'levels'], `required with a range in the ${type} design`)
    }
    if (factor.base !== undefined && type !== 'one-at-a-time')
      report(['factors', i, 'base'], 'only used by the one-at-a-time design')
    const key = factorKey(factor)
    const first = experiment.factors.findIndex((other) => factorKey(other) === key)
    if (first !== i)
      report(['factors', i, factor.path ? 'path' : 'name'], `${key} is already factors[${first}]`)
    experiment.factors.slice(0, i).forEach((other, j) => {
      const shared = pathsOf(factor).filter((path) => pathsOf(other).includes(path))
      if (first === i && shared.length > 0)
        report(['factors', i], `changes ${shared.join(', ')}, which factors[${j}] also changes`)
    })
  })
}

function checkArms(experiment: RuleShape, report: Report): void {
  const factorPaths = experiment.factors.map(pathsOf)
  experiment.arms.forEach((arm, i) => {
    const first = experiment.arms.findIndex((other) => other.name === arm.name)
    if (first !== i) report(['arms', i, 'name'], `"${arm.name}" is already the name of arms[${first}]`)
    for (const path of Object.keys(arm.set)) {
      const factor = factorPaths.findIndex((paths) => paths.includes(path))
      if (factor >= 0)
        report(['arms', i, 'set', path], `also varied by factors[${factor}]; an arm cannot fix it`)
    }
  })
}

/** A path the design varies cannot also be fixed for every run, by "set" or by "ticks". */
function checkFixed(experiment: RuleShape, report: Report): void {
  const factorPaths = experiment.factors.map(pathsOf)
  const varied = (path: string) => factorPaths.findIndex((paths) => paths.includes(path))
  for (const path of Object.keys(experiment.set)) {
    const factor = varied(path)
    if (factor >= 0) report(['set', path], `also varied by factors[${factor}]; remove one of them`)
    if (path === 'ticks' && experiment.ticks !== undefined) report(['set', path], 'already given by "ticks"')
  }
  const ticksFactor = varied('ticks')
  if (experiment.ticks !== undefined && ticksFactor >= 0)
    report('ticks', `fixes the run length that factors[${ticksFactor}] varies; remove one of them`)
  experiment.arms.forEach((arm, i) => {
    if (Object.hasOwn(arm.set, 'ticks') && experiment.ticks !== undefined)
      report(['arms', i, 'set', 'ticks'], 'already given by "ticks"')
  })
}

/** How many values a factor takes in a factorial or one-at-a-time design. */
const levelCount = (factor: RuleShape['factors'][number]): number =>
  factor.values?.length ?? factor.sets?.length ?? factor.levels ?? 1

/** Runs the experiment expands to: points × arms × replicates (capped, so it cannot overflow). */
export function plannedRuns(experiment: RuleShape, type = designTypeOf(experiment)): number {
  const k = experiment.factors.length
  const n = experiment.design?.n ?? 1
  let points = 1
  if (type === 'factorial')
    for (const factor of experiment.factors)
      points = Math.min(points * levelCount(factor), Number.MAX_SAFE_INTEGER)
  else if (type === 'one-at-a-time')
    points = 1 + experiment.factors.reduce((sum, factor) => sum + levelCount(factor) - 1, 0)
  else if (type === 'latin-hypercube') points = n
  else if (type === 'saltelli') points = n * (k + 2)
  const replicates = experiment.replicates?.seeds?.length ?? experiment.replicates?.count ?? 1
  return Math.min(points * Math.max(1, experiment.arms.length) * replicates, Number.MAX_SAFE_INTEGER)
}

export function checkDesignRules(experiment: RuleShape, report: Report): void {
  const type = designTypeOf(experiment)
  const count = experiment.factors.length
  if (type === 'arms-only' && count > 0)
    report('design.type', `"arms-only" takes no factors, got ${count}; use "factorial" or another design`)
  if (type !== 'arms-only' && count === 0) report('factors', `the ${type} design needs at least one factor`)
  if (type === 'saltelli' && count > SALTELLI_MAX_FACTORS)
    report('factors', `the saltelli design takes at most ${SALTELLI_MAX_FACTORS} factors, got ${count}`)
  if (
    type === 'latin-hypercube' &&
    experiment.design?.seed === undefined &&
    experiment.replicates?.masterSeed === undefined
  )
    report('design.seed', 'required unless replicates has a masterSeed to derive it from')
  checkFactors(experiment, type, report)
  checkArms(experiment, report)
  checkFixed(experiment, report)
  const runs = plannedRuns(experiment, type)
  if (runs > MAX_EXPERIMENT_RUNS)
    report(
      '',
      `expands to ${runs} runs (points × arms × replicates); at most ${MAX_EXPERIMENT_RUNS} in one experiment: split it into several`,
    )
}
