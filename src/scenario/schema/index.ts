// The scenario schema: one source of truth for the Scenario types, validation with defaults, the
// editor's JSON Schema and the parameter panel. No mathjs here: the browser's main thread reads it.
import { discriminatedUnion, type Infer, listLeaves, type ParameterInfo } from '../spec/index.ts'
import { civilViolence } from './civil-violence.ts'
import { interGroup } from './inter-group.ts'
import { ssr } from './ssr.ts'

export type { Problem } from '../spec/problem.ts'
export type { ScheduleValue } from '../spec/schedule.ts'
export type { ObservableInfo, ObservableRegistry, Quantity } from './observable-info.ts'
export { OBSERVABLE_INFO, observableInfo } from './observables.ts'
export {
  CONDITION_NAMES,
  DISTRICT_VIOLENCE_INFO,
  SSR_OBSERVABLE_INFO,
  SSR_OBSERVABLES,
  type SsrObservable,
} from './ssr-observables.ts'

/** Every scenario kind by name. A new kind is one more module and one more entry here. */
export const scenarioKinds = {
  'civil-violence': civilViolence,
  'inter-group': interGroup,
  ssr,
}

export const scenarioSpec = discriminatedUnion('kind', scenarioKinds, {
  label: 'Drawdown Lab scenario',
  description: 'A scenario for Drawdown Lab; "kind" selects the model.',
})

export type ScenarioKind = keyof typeof scenarioKinds
export const SCENARIO_KINDS = Object.keys(scenarioKinds) as ScenarioKind[]

/** A validated scenario with every default filled in. */
export type Scenario = Infer<typeof scenarioSpec>
export type CivilViolenceScenario = Infer<typeof civilViolence>
export type InterGroupScenario = Infer<typeof interGroup>
export type SsrScenario = Infer<typeof ssr>

/** Top-level fields that describe the file rather than the run: not parameters, not for presets. */
export const FILE_FIELDS: ReadonlySet<string> = new Set(['$schema', 'kind', 'presets', 'sources', 'scale'])

/** Every parameter of a kind, with its dotted path, label, unit, range and default, in schema order. */
export function listParameters(kind: ScenarioKind): ParameterInfo[] {
  return listLeaves(scenarioKinds[kind]).filter((parameter) => !FILE_FIELDS.has(parameter.path.split('.')[0]))
}

export type { ParameterInfo }
