// The source or reason of every parameter's default, by scenario kind: docs/ODD.md shows them
// beside the schema's meaning, unit, default and range.
import type { ScenarioKind } from '../schema.ts'
import { CIVIL_VIOLENCE_SOURCES } from './civil-violence.ts'
import { INTER_GROUP_SOURCES } from './inter-group.ts'
import { SSR_SOURCES } from './ssr.ts'

export const PARAMETER_SOURCES: Readonly<Record<ScenarioKind, Readonly<Record<string, string>>>> = {
  'civil-violence': CIVIL_VIOLENCE_SOURCES,
  'inter-group': INTER_GROUP_SOURCES,
  ssr: SSR_SOURCES,
}
