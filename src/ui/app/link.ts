// The page's share link both ways: the fragment that reproduces what the page shows now, and what
// to load from a fragment in the address bar (the fragment's format lives in share.ts).
import { parseScenarioText } from '../../io/scenario-text.ts'
import type { LoadSpec } from './replay.ts'
import { sourceFrom } from './run-data.ts'
import { decodeShare, encodeShare, type ViewMode } from './share.ts'
import type { AppState, Source } from './state.ts'

/** The fragment (without `#`) that reopens the page as it is now, or null with no run. */
export async function linkOf(state: AppState): Promise<string | null> {
  if (!state.source || !state.a) return null
  return encodeShare({
    scenario:
      state.source.id !== undefined
        ? { id: state.source.id }
        : { text: state.source.text ?? JSON.stringify(state.source.raw) },
    preset: state.preset,
    seed: state.seed,
    tick: state.a.data.tick,
    view: state.view,
    overlay: state.overlay,
    a: state.a.recipe,
    b: state.b?.recipe,
    ensemble:
      state.ensemble?.status === 'done'
        ? { runs: state.ensemble.runs, ticks: state.ensemble.ticks }
        : undefined,
  })
}

export interface Opened {
  load: LoadSpec
  view: ViewMode
  overlay: boolean
  ensemble?: { runs: number; ticks: number }
}

/** What a share link asks to load, or null when `hash` holds none; throws ShareLinkError when unreadable. */
export async function openLink(
  hash: string,
  sourceById: (id: string) => Promise<Source>,
): Promise<Opened | null> {
  const shared = await decodeShare(hash)
  if (!shared) return null
  let source: Source
  if (shared.scenario.id !== undefined) source = await sourceById(shared.scenario.id)
  else {
    const text = shared.scenario.text ?? ''
    source = sourceFrom(parseScenarioText(text, 'shared scenario'), { text, file: 'shared scenario' })
  }
  return {
    load: { source, preset: shared.preset, seed: shared.seed, a: shared.a, b: shared.b, tick: shared.tick },
    view: shared.view,
    overlay: shared.overlay,
    ensemble: shared.ensemble,
  }
}
