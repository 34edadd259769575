// The map's legend: the agents present, what a citizen's brightness means, the overlay's tint and
// the district borders, in the words the frame gives for its shade and overlay when it has them.
import type { AppState } from '../app/state.ts'
import { fill, h } from '../dom.ts'
import { OKABE_ITO } from '../palette.ts'
import { type LegendEntry, legendFor } from './colours.ts'

/** What the legend reads from a frame; `shadeLabel` and `overlayLabel` name what shade and overlay measure. */
export interface LegendFrame {
  count: number
  kind: Uint8Array
  status: Uint8Array
  group: Uint8Array
  shade?: Float32Array
  overlay?: Float32Array
  district?: Uint8Array
  shadeLabel?: string
  overlayLabel?: string
}

/** The overlay's tint, as the map blends it (Okabe–Ito orange). */
const OVERLAY_TINT = OKABE_ITO.orange
/** The map draws a citizen at 35% brightness for shade 0 and full brightness for shade 1. */
const DARKEST_SHADE = 0.35

function dimmed(hex: string, level: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  const channel = (shift: number) => Math.round(((value >> shift) & 0xff) * level)
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`
}

/** Legend entries for a frame, with the overlay's entry only while the overlay is shown. */
export function legendEntries(frame: LegendFrame, overlayShown: boolean): LegendEntry[] {
  const entries = legendFor(frame)
  if (frame.shade && frame.shadeLabel) {
    const citizen = OKABE_ITO.skyBlue
    entries.push({
      label: `brighter citizen: higher ${frame.shadeLabel}`,
      colour: `linear-gradient(90deg, ${dimmed(citizen, DARKEST_SHADE)}, ${citizen})`,
    })
  }
  if (frame.overlay && overlayShown)
    entries.push({ label: `${frame.overlayLabel ?? 'insecurity'} (orange tint)`, colour: OVERLAY_TINT })
  if (frame.district) entries.push({ label: 'district border', colour: '#ffffff' })
  return entries
}

export function createLegend() {
  const list = h('ul', { class: 'legend', 'aria-label': 'Map legend' })
  let key = ''
  function update(state: AppState) {
    if (!state.frame) return
    const entries = legendEntries(state.frame, state.overlay)
    const next = entries.map((e) => e.label).join('|')
    if (next === key) return
    key = next
    fill(
      list,
      ...entries.map((entry) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' })
        swatch.style.background = entry.colour
        return h('li', {}, swatch, entry.label)
      }),
    )
  }
  return { element: list, update }
}
