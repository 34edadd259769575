// The runs of an experiment: every design point in every arm, each cell's scenario made and
// checked once, then one run per replicate seed, numbered point-major, then arm, then replicate.
import { expressionProblem } from '../expr/index.ts'
import { applyOverrides, type Override } from '../scenario/overrides.ts'
import { type Scenario, scenarioSpec } from '../scenario/schema.ts'
import { checkValue, formatProblem, type Problem } from '../scenario/spec/index.ts'
import type { FactorValue, PlannedFactor } from './design.ts'
import type { RunSpec } from './run-spec.ts'

/** Problems found once design points are applied are many copies of a few: show this many. */
const MAX_CELL_PROBLEMS = 12

const checkExpression = (source: string, names: readonly string[]) =>
  expressionProblem(source, names)?.message

/**
 * A cell's scenario, checked against the schema and its expressions. Presets are not checked
 * again (validateScenario did that for the base; a run never applies them), which makes this many
 * times faster for designs of thousands of points.
 */
const checkCell = (raw: unknown) => {
  const result = checkValue(scenarioSpec, raw, { checkExpression })
  return result.ok ? { ok: true as const, scenario: result.value } : result
}

export const entries = (set: Record<string, unknown>): Override[] =>
  Object.keys(set).map((path) => ({ path, value: set[path] }))

/** The changes that put every factor at its value of this point. */
const pointChanges = (factors: readonly PlannedFactor[], point: readonly FactorValue[]): Override[] =>
  factors.flatMap((factor, f) => {
    const set = factor.sets?.get(point[f])
    return set ? entries(set) : [{ path: factor.path, value: point[f] }]
  })

function cellLabel(factors: readonly PlannedFactor[], point: FactorValue[], p: number, arm: string): string {
  const where = factors.map((factor, f) => `${factor.path}=${point[f]}`).join(', ')
  const parts = [factors.length > 0 ? `point ${p} (${where})` : '', arm === '' ? '' : `arm "${arm}"`]
  return parts.filter(Boolean).join(', ') || 'scenario'
}

/** An arm as the expansion uses it: its name, its raw scenario (presets applied) and its changes. */
export interface CellArm {
  name: string
  raw: unknown
  set: Record<string, unknown>
}

export interface RunsInput {
  factors: readonly PlannedFactor[]
  points: FactorValue[][]
  arms: readonly CellArm[]
  /** Changes for every run (the experiment's set and ticks), applied before the arm's. */
  fixed: readonly Override[]
  seeds: readonly number[]
}

export type RunsResult = { ok: true; runs: RunSpec[] } | { ok: false; problems: Problem[] }

/** Every run, or the distinct problems of the cells that are not valid scenarios. */
export function expandRuns({ factors, points, arms, fixed, seeds }: RunsInput): RunsResult {
  const runs: RunSpec[] = []
  const problems = new Map<string, Problem>()
  points.forEach((point, p) => {
    const values: Record<string, FactorValue> = {}
    factors.forEach((factor, f) => {
      values[factor.path] = point[f]
    })
    for (const arm of arms) {
      const changes = [...fixed, ...entries(arm.set), ...pointChanges(factors, point)]
      const cell = checkCell(applyOverrides(arm.raw, changes, { parseStrings: false }))
      if (!cell.ok) {
        for (const problem of cell.problems) {
          const text = formatProblem(problem)
          const path = cellLabel(factors, point, p, arm.name)
          if (!problems.has(text)) problems.set(text, { path, message: `once applied, ${text}` })
        }
        continue
      }
      seeds.forEach((seed, replicate) => {
        const scenario = { ...cell.scenario, seed } as Scenario
        runs.push({ runId: runs.length, point: p, arm: arm.name, replicate, seed, factors: values, scenario })
      })
    }
  })
  if (problems.size === 0) return { ok: true, runs }
  const shown = [...problems.values()].slice(0, MAX_CELL_PROBLEMS)
  const more = problems.size - shown.length
  if (more > 0) shown.push({ path: 'design', message: `… and ${more} more problems of the same kind` })
  return { ok: false, problems: shown }
}
