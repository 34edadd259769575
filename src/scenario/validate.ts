// validateScenario and parseScenario: the one gate between scenario JSON and the engine. Checks
// the schema, every expression and every preset; fills in defaults.
import { checkExpression } from './check-expression.ts'
import { nestingProblem } from './nesting.ts'
import { checkPresets } from './presets.ts'
import { type Scenario, scenarioSpec } from './schema.ts'
import { checkValue, type Problem, ScenarioError } from './spec/index.ts'

export type { CivilViolenceScenario, InterGroupScenario, Scenario, ScheduleValue } from './schema.ts'
export { formatProblem, type Problem, ScenarioError } from './spec/problem.ts'

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] }

/** Every problem with `input`, or the complete scenario with defaults filled in. Never throws. */
export function validateScenario(input: unknown): ValidationResult {
  const tooDeep = nestingProblem(input)
  if (tooDeep) return { ok: false, problems: [tooDeep] }
  const result = checkValue(scenarioSpec, input, { checkExpression })
  const problems = [...(result.ok ? [] : result.problems), ...checkPresets(input)]
  if (problems.length > 0 || !result.ok) return { ok: false, problems }
  return { ok: true, scenario: result.value }
}

/** The complete scenario; throws ScenarioError listing every problem, one per line. */
export function parseScenario(input: unknown): Scenario {
  const result = validateScenario(input)
  if (!result.ok) throw new ScenarioError(result.problems)
  return result.scenario
}
