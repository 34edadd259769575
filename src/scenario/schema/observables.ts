// The observable registry of every scenario kind: name → what it measures. The SSR model's
// per-district columns (`violence.<District>`) are looked up by their prefix.
import { CIVIL_VIOLENCE_OBSERVABLE_INFO, INTER_GROUP_OBSERVABLE_INFO } from './epstein-observables.ts'
import type { ObservableInfo, ObservableRegistry } from './observable-info.ts'
import { DISTRICT_VIOLENCE_INFO, SSR_OBSERVABLE_INFO } from './ssr-observables.ts'

export const OBSERVABLE_INFO: Readonly<Record<'civil-violence' | 'inter-group' | 'ssr', ObservableRegistry>> =
  {
    'civil-violence': CIVIL_VIOLENCE_OBSERVABLE_INFO,
    'inter-group': INTER_GROUP_OBSERVABLE_INFO,
    ssr: SSR_OBSERVABLE_INFO,
  }

/** What observable `name` of a scenario kind measures; undefined for a name the kind does not have. */
export function observableInfo(kind: keyof typeof OBSERVABLE_INFO, name: string): ObservableInfo | undefined {
  const registry = OBSERVABLE_INFO[kind]
  if (Object.hasOwn(registry, name)) return registry[name]
  if (kind === 'ssr' && name.startsWith('violence.')) return DISTRICT_VIOLENCE_INFO
  return undefined
}
