// The observable names of a scenario, by kind: what an experiment's `record.observables` may list.
import { CIVIL_OBSERVABLES } from '../engine/models/civil-violence/world.ts'
import { INTER_GROUP_OBSERVABLES } from '../engine/models/inter-group/world.ts'
import { observableNames } from '../engine/models/ssr/state.ts'
import type { Scenario } from '../scenario/schema.ts'

/** Every observable a run of `scenario` records, in the engine's column order. */
export function scenarioObservables(scenario: Scenario): string[] {
  switch (scenario.kind) {
    case 'civil-violence':
      return [...CIVIL_OBSERVABLES]
    case 'inter-group':
      return [...INTER_GROUP_OBSERVABLES]
    case 'ssr':
      return observableNames(scenario)
  }
}
