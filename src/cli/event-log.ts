// A run's notable events as NDJSON for `drawdown run --events`: one event per line, oldest first,
// with its district's name beside the index so the file reads without the scenario at hand.
import type { SimEvent } from '../engine/core/events.ts'

/** One JSON line per event, each ending in a newline; '' when there are none. */
export function eventLines(events: readonly SimEvent[], districtNames: readonly string[] = []): string {
  return events
    .map(({ tick, kind, district, cause }) => {
      const districtName = district === null ? null : (districtNames[district] ?? null)
      return `${JSON.stringify({ tick, kind, district, districtName, cause })}\n`
    })
    .join('')
}
