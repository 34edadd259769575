// A parameter change asked of run A or B, checked by its engine: applied from the next tick,
// refused with a message per path, or (for the world's shape, fixed for a run's life) a restart.
import { listParameters, type ScenarioKind, scenarioKinds } from '../../scenario/schema.ts'
import type { Scenario } from '../../scenario/validate.ts'
import type { Engines, RunName } from './engines.ts'
import { currentOverrides, type Overrides, overrideList } from './recipe.ts'
import type { AppState } from './state.ts'

export type ParameterOutcome =
  /** Applied in the run's engine from the tick after `tick`. */
  | { kind: 'applied'; scenario: Scenario; tick: number; overrides: Overrides }
  /** Valid, but only a run started afresh with these overrides can have it. */
  | { kind: 'restart'; overrides: Overrides }
  | { kind: 'refused'; problems: Record<string, string> }

const SHARED_WORLD = 'runs A and B share one world: change it on run A (this resets the run)'

export async function changeParameter(
  state: AppState,
  target: RunName,
  path: string,
  value: unknown,
  engines: Engines,
): Promise<ParameterOutcome | null> {
  const run = state[target]
  const source = state.source
  if (!source || !run) return null
  const overrides = { ...currentOverrides(run.recipe), [path]: value }
  const options = { preset: state.preset, overrides: overrideList(overrides) }
  const refused = (problems: readonly { path: string; message: string }[]): ParameterOutcome => ({
    kind: 'refused',
    problems: Object.fromEntries(problems.map((p) => [p.path, p.message])),
  })
  if (path.startsWith('world.')) {
    if (target === 'b') return { kind: 'refused', problems: { [path]: SHARED_WORLD } }
    const queue = await engines.get('a')
    const result = await queue.call((api) => api.validate(source.raw, options))
    return result.ok ? { kind: 'restart', overrides } : refused(result.problems)
  }
  const queue = engines.current(target)
  if (!queue) return null
  const result = await queue.call((api) => api.reconfigure(source.raw, options), engines.signal)
  if (!result.ok) return refused(result.problems)
  return { kind: 'applied', scenario: result.scenario, tick: result.tick, overrides }
}

const words = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/** What a change applied mid-run means, in a sentence: when it applies, and for a switch to an
 * abrupt drawdown, that strength jumps to the abrupt plan at once. */
export function changeNotice(
  target: RunName,
  path: string,
  value: unknown,
  scenario: Scenario,
  tick: number,
): string {
  const info = Object.hasOwn(scenarioKinds, scenario.kind)
    ? listParameters(scenario.kind as ScenarioKind).find((p) => p.path === path)
    : undefined
  let text = `Run ${target.toUpperCase()}: ${info?.label ?? path} is ${words(value)} from tick ${tick + 1}, marked on the time axes.`
  const drawdown = (scenario as { drawdown?: { policy?: string; exitTick?: number } }).drawdown
  if (path === 'drawdown.policy' && value === 'abrupt' && drawdown?.exitTick !== undefined)
    text +=
      drawdown.exitTick > tick
        ? ` Abrupt means full strength until the exit at tick ${drawdown.exitTick}, then none: strength jumps back to full now.`
        : ` Abrupt means full strength until the exit tick (${drawdown.exitTick}), which has passed: the peacekeepers leave at once.`
  return text
}
