// Shared helpers for engine tests: small scenarios built through the real schema.

import type { CivilViolenceScenario, Scenario } from '../../src/scenario/schema.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }

/** A valid civil-violence scenario: 40×40 unless overridden, Mesa rules by default. */
export function civilScenario(overrides: DeepPartial<CivilViolenceScenario> = {}): CivilViolenceScenario {
  const { world, rules, model, ...rest } = overrides
  return parseScenario({
    kind: 'civil-violence',
    name: 'test',
    ticks: 100,
    ...rest,
    world: { width: 40, height: 40, ...world },
    rules: { ...rules },
    model: { ...model },
  }) as CivilViolenceScenario
}

export function parse(json: unknown): Scenario {
  return parseScenario(json)
}

/** Every combination of the rule variants a scenario can select. */
export const RULE_VARIANTS = (['mesa', 'netlogo'] as const).flatMap((turn) =>
  (['keep-cell', 'leave-grid'] as const).flatMap((jailed) =>
    (['literal', 'rounded', 'floored'] as const).map((arrestRatio) => ({ turn, jailed, arrestRatio })),
  ),
)
