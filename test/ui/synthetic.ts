// Synthetic runs for chart tests: SSR-like columns and events, so the SSR views can be checked
// before (and independently of) the SSR model itself.
import type { SimEvent } from '../../src/engine/core/events.ts'

export const SSR_NAMES = [
  'pk.strength',
  'pk.trust',
  'pk.violence',
  'police.capacity',
  'police.capacityOwned',
  'police.integrity',
  'police.trust',
  'police.violence',
  'military.capacity',
  'military.capacityOwned',
  'military.integrity',
  'military.trust',
  'military.violence',
  'spoilers.count',
  'spoilers.violence',
  'citizens.active',
  'citizens.jailed',
  'citizens.legitimacy',
  'cso.share',
  'casualties',
  'violence.rate',
  'politicalWill',
]

/** `ticks` rows of smooth made-up values per name; pk.strength draws down from tick 100 to 300. */
export function ssrColumns(ticks: number, shift = 0): Record<string, Float64Array> {
  const columns: Record<string, Float64Array> = {}
  SSR_NAMES.forEach((name, i) => {
    const column = new Float64Array(ticks)
    for (let t = 0; t < ticks; t++) {
      column[t] =
        name === 'pk.strength'
          ? Math.max(0, Math.min(1, 1 - (t - 100) / 200))
          : 0.5 + 0.4 * Math.sin((t + i * 7) / 40) + shift
    }
    columns[name] = column
  })
  return columns
}

export const SSR_EVENTS: SimEvent[] = [
  { tick: 100, kind: 'drawdown-phase', district: null, cause: { name: 'reduce', strength: 0.8 } },
  { tick: 200, kind: 'drawdown-phase', district: null, cause: { name: 'handover', strength: 0.4 } },
  { tick: 210, kind: 'handover', district: 0, cause: {} },
  { tick: 240, kind: 'handover', district: 1, cause: {} },
  { tick: 300, kind: 'exit', district: null, cause: {} },
  { tick: 320, kind: 'shock', district: 1, cause: { name: 'army dismissal' } },
  { tick: 150, kind: 'abuse-cluster', district: 1, cause: { actor: 'police', abuses: 2, witnesses: 9 } },
]
