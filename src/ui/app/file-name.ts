// Names for exported files that say what they hold: scenario, seed and tick, then the thing
// ("baseline-seed7-tick312-violence.svg"), so a folder of exports stays readable.
import type { AppState } from './state.ts'

/** Lower-case letters, digits and dashes only. */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\.json$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'scenario'

/** "baseline-two-years-later-seed7-tick312-what" (no extension). */
export function exportName(state: AppState, what: string): string {
  const scenario = slug(state.source?.id ?? state.source?.file ?? state.source?.name ?? 'scenario')
  const preset = state.preset ? `-${slug(state.preset)}` : ''
  return `${scenario}${preset}-seed${state.seed}-tick${state.a?.data.tick ?? 0}-${slug(what)}`
}
