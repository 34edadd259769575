// Small pure pieces the controller builds runs from: a scenario source, a run's data from what the
// engine returned, the next data after an advance, and messages fit for the page.

import type { Advance, Invalid, RunInfo } from '../../../workers/engine-api.ts'
import { EngineStoppedError } from '../../bridge/browser.ts'
import type { SimEvent } from '../../engine/core/events.ts'
import type { Problem } from '../../scenario/schema.ts'
import { appendRows, emptySeries } from './series.ts'
import type { RunData, RunState, Source } from './state.ts'

const problemText = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.path}: ${p.message}`).join('; ')

/** A message fit for the page: never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof EngineStoppedError) return `${error.message}. Press Reset to start the engine again.`
  if (error instanceof Error) return error.message
  return String(error)
}

/** The engine's answer to create / restore / reconfigure, or an error naming each problem. */
export function checked(result: RunInfo | Invalid, what: string): RunInfo {
  if (!result.ok) throw new Error(`${what}: ${problemText(result.problems)}`)
  return result
}

/** A scenario source from its raw JSON: its name, kind and presets read leniently (the engine validates). */
export function sourceFrom(raw: unknown, base: Omit<Source, 'raw' | 'name' | 'kind' | 'presets'>): Source {
  const object = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const presets =
    typeof object.presets === 'object' && object.presets !== null ? Object.keys(object.presets) : []
  return {
    ...base,
    raw,
    name: typeof object.name === 'string' ? object.name : (base.id ?? base.file ?? 'scenario'),
    kind: typeof object.kind === 'string' ? object.kind : 'unknown',
    presets,
  }
}

/** The scenario's own seed, or 1 when it has none usable. */
export function seedOf(raw: unknown): number {
  const seed = (raw as { seed?: unknown } | null)?.seed
  return typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0 ? seed : 1
}

export function runData(
  columnsByName: Record<string, Float64Array>,
  names: readonly string[],
  events: SimEvent[],
  outcome: RunData['outcome'],
  tick: number,
): RunData {
  return { series: appendRows(emptySeries(names), columnsByName), events, outcome, tick }
}

/** The run after an advance: its new rows and events appended. */
export function withAdvance(run: RunState, advance: Advance): RunState {
  const data = run.data
  return {
    ...run,
    data: {
      series: appendRows(data.series, advance.columns),
      events: advance.events.length > 0 ? [...data.events, ...advance.events] : data.events,
      outcome: advance.outcome,
      tick: advance.tick,
    },
  }
}
