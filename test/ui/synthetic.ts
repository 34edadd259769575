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
  {
    tick: 100,
    kind: 'drawdown-phase',
    district: null,
    cause: { phase: 'reduce', strength: 0.8, condition: '' },
  },
  {
    tick: 200,
    kind: 'drawdown-phase',
    district: null,
    cause: { phase: 'handover', strength: 0.4, condition: '' },
  },
  { tick: 210, kind: 'handover', district: 0, cause: { district: 'Capital', peacekeepersLeft: 40 } },
  { tick: 240, kind: 'handover', district: 1, cause: { district: 'North', peacekeepersLeft: 0 } },
  {
    tick: 300,
    kind: 'exit',
    district: null,
    cause: { policeCapacityOwned: 0.4, militaryCapacityOwned: 0.3, trustInPolice: 0.5 },
  },
  {
    tick: 320,
    kind: 'shock',
    district: null,
    cause: { shock: 'army-dismissal', dismissed: 30, joinedSpoilers: 6 },
  },
  {
    tick: 150,
    kind: 'abuse-cluster',
    district: 1,
    cause: { actor: 'police', abuses: 2, police: 2, military: 0, peacekeepers: 0, witnesses: 9 },
  },
]
