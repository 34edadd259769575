// Small batch plans for the runner's tests: a 40×40 civil-violence world and a 30×30 SSR world,
// a few ticks each, with one factor and a few seeds.
import type { BatchPlan } from '../../src/experiment/batch-node.ts'
import type { RunSpec } from '../../src/experiment/run-spec.ts'
import { prepareScenario } from '../../src/io/prepare.ts'
import type { Scenario } from '../../src/scenario/schema.ts'

export const civil = {
  kind: 'civil-violence',
  name: 'Batch test world',
  seed: 5,
  ticks: 12,
  world: { width: 40, height: 40 },
  model: { copDensity: 0.04 },
}

function prepared(raw: unknown, overrides: { path: string; value: unknown }[]): Scenario {
  const result = prepareScenario(raw, { overrides })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.scenario
}

export interface PlanOptions {
  replicates?: number
  /** Values of the one factor; a string value is an expression. */
  levels?: (number | string)[]
  ticks?: number
  every?: number
  raw?: unknown
  factor?: string
}

/** Points × replicates runs, point-major, seeds 101, 102, … shared by every point. */
export function smallPlan(options: PlanOptions = {}): BatchPlan {
  const { replicates = 3, levels = [0.6, 0.8], ticks = 12, every = 1, raw = civil } = options
  const factor = options.factor ?? 'model.legitimacy'
  const seeds = Array.from({ length: replicates }, (_, i) => 101 + i)
  const runs: RunSpec[] = []
  levels.forEach((value, point) => {
    const scenario = prepared(raw, [
      { path: factor, value },
      { path: 'ticks', value: ticks },
    ])
    seeds.forEach((seed, replicate) => {
      runs.push({
        runId: runs.length,
        point,
        arm: '',
        replicate,
        seed,
        factors: { [factor]: value },
        scenario,
      })
    })
  })
  return {
    name: 'small',
    hash: `test-${JSON.stringify(options)}`,
    runs,
    factorNames: [factor],
    armNames: [''],
    seeds,
    record: { observables: 'all', every },
    design: { type: 'factorial', points: levels.map((value) => [value]) },
  }
}
