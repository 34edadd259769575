// The data the time charts take: one or more runs' observable columns (row i is tick
// firstTick + i), the run's events for markers, and the tick to highlight.

import type { Selection } from 'd3'
import type { SimEvent } from '../../engine/core/events.ts'

export type Columns = Readonly<Record<string, ArrayLike<number>>>

export interface RunLines {
  /** "A", "B", or a seed: shown in the legend when there is more than one run. */
  label: string
  columns: Columns
  /** Tick of row 0 (default 0). */
  firstTick?: number
  /** Drawn dashed: the what-if run B. */
  dashed?: boolean
}

export interface TimeData {
  runs: readonly RunLines[]
  /** Markers on the time axis; absent or empty for none. */
  events?: readonly SimEvent[]
  /** A tick to mark, e.g. the one picked in the event log. */
  highlightTick?: number | null
  /** District names for the markers' descriptions. */
  districtNames?: readonly string[]
  /** The x axis reaches at least this tick (e.g. the scenario's horizon). */
  horizon?: number
  /** Time axes read in years when the scenario says how long a tick is. */
  ticksPerYear?: number
  /** Settings changed mid-run (and the branch), marked on the time axis. */
  changes?: readonly Change[]
}

/** A setting changed while a run ran: from the tick after `tick`, on run `run`. */
export interface Change {
  tick: number
  run: string
  /** "run B, tick 312: drawdown policy → abrupt". */
  text: string
}

/** Options every chart takes. */
export interface ChartOptions {
  /** Shown above the chart and used as its accessible name. */
  title: string
  /** Pixels; the chart scales with its container (viewBox). */
  width?: number
  height?: number
  /** Base font size in pixels (presenter mode uses a larger one). */
  fontSize?: number
  /** Called with a tick when the chart is clicked. */
  onPickTick?: (tick: number) => void
}

/** Where a chart draws: a container element it fills with one <svg>. */
export type Container = Selection<HTMLElement, unknown, null, undefined>

/** A chart: draw `data` into `container`, replacing what was there. */
export type Chart<Data> = (container: Container, data: Data) => void
