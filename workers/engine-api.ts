// The engine API a worker exposes with comlink, the same object in the browser and in Node.
// One simulation per worker: create() or restore() replaces it; run several at once with several
// workers (EnginePool). Invalid scenarios come back as { ok: false, problems }, never as throws.
import * as Comlink from 'comlink'
import type { SimEvent } from '../src/engine/core/events.ts'
import { ParameterError } from '../src/engine/core/schedule.ts'
import type { AgentInfo, OutcomeSummary, RenderFrame } from '../src/engine/models/model.ts'
import {
  createSimulation,
  restoreSimulation,
  type Simulation,
  type Snapshot,
} from '../src/engine/simulation.ts'
import { performRun, resultBuffers } from '../src/experiment/perform-run.ts'
import type { RecordSpec, RunResult } from '../src/experiment/run-result.ts'
import type { RunSpec } from '../src/experiment/run-spec.ts'
import { type PrepareOptions, prepareScenario } from '../src/io/prepare.ts'
import {
  type Problem,
  type Scenario,
  type ValidationResult,
  validateScenario,
} from '../src/scenario/validate.ts'

/** The run a worker holds after create, restore or reconfigure. */
export interface RunInfo {
  ok: true
  scenario: Scenario
  seed: number
  tick: number
  observableNames: string[]
}

export interface Invalid {
  ok: false
  problems: Problem[]
}

const info = (simulation: Simulation): RunInfo => ({
  ok: true,
  scenario: simulation.scenario,
  seed: simulation.seed,
  tick: simulation.tick,
  observableNames: [...simulation.observableNames],
})

const invalid = (problems: Problem[]): Invalid => ({ ok: false, problems })

/** What a live view needs after a batch of ticks, in one message. */
export interface Advance {
  /** The tick reached: the last one that completed. */
  tick: number
  /** Observable rows of the ticks this batch completed (from the tick after the one it started at). */
  columns: Record<string, Float64Array>
  /** The tick of the first row in `columns`. */
  from: number
  /** Events recorded during the batch. */
  events: SimEvent[]
  /** The frame at `tick`, when asked for. */
  frame: RenderFrame | null
  outcome: OutcomeSummary | null
  /** Why the batch stopped early: a scenario value that went out of range at run time. */
  error: { path: string; message: string } | null
  /** Milliseconds the worker spent stepping, so a live view can size its batches by the engine's
   * speed rather than by the round trip (which a busy page makes long). Never part of the run. */
  computeMs: number
}

function seedProblem(seed: unknown): Problem | undefined {
  if (seed === undefined || (Number.isSafeInteger(seed) && (seed as number) >= 0)) return undefined
  return { path: 'seed', message: `must be a whole number of at least 0, got ${String(seed)}` }
}

/** The engine continues a run only with the same kind and world size; say so before it throws. */
function continuationProblems(previous: Scenario, next: Scenario): Problem[] {
  if (next.kind !== previous.kind) {
    return [
      { path: 'kind', message: `must stay "${previous.kind}" to continue this run, got "${next.kind}"` },
    ]
  }
  return (['width', 'height'] as const).flatMap((side) =>
    next.world[side] === previous.world[side]
      ? []
      : [
          {
            path: `world.${side}`,
            message: `must stay ${previous.world[side]} to continue this run, got ${next.world[side]}`,
          },
        ],
  )
}

/** Distinct buffers of typed arrays, for Comlink.transfer (a buffer listed twice fails to clone). */
const buffersOf = (arrays: readonly ArrayBufferView[]): ArrayBuffer[] => [
  ...new Set(arrays.map((array) => array.buffer as ArrayBuffer)),
]

/**
 * A frame ready to transfer. The optional per-cell arrays are copied first: a model may hand out
 * its own district map or insecurity field, and transferring that buffer would detach it.
 */
function transferableFrame(frame: RenderFrame): RenderFrame {
  const out: RenderFrame = { ...frame }
  if (frame.shade) out.shade = frame.shade.slice()
  if (frame.overlay) out.overlay = frame.overlay.slice()
  if (frame.district) out.district = frame.district.slice()
  if (frame.districtNames) out.districtNames = [...frame.districtNames]
  return out
}

const frameArrays = (frame: RenderFrame): ArrayBufferView[] =>
  [frame.cell, frame.kind, frame.status, frame.group, frame.shade, frame.overlay, frame.district].filter(
    (array): array is NonNullable<typeof array> => array !== undefined,
  )

/** A fresh API object holding no simulation; each worker exposes one. */
export function createEngineApi() {
  let simulation: Simulation | undefined

  const current = (): Simulation => {
    if (simulation === undefined)
      throw new Error('no simulation in this worker yet: call create() or restore() first')
    return simulation
  }

  return {
    /** Applies the preset, then the overrides, validates, and starts a run at tick 0 (default seed: the scenario's). */
    create(scenarioJson: unknown, seed?: number, options?: PrepareOptions): RunInfo | Invalid {
      const badSeed = seedProblem(seed)
      if (badSeed) return invalid([badSeed])
      const prepared = prepareScenario(scenarioJson, options)
      if (!prepared.ok) return prepared
      simulation = createSimulation(prepared.scenario, seed ?? prepared.scenario.seed)
      return info(simulation)
    },

    /** Advances `ticks` ticks (default 1) and returns the new tick. A schedule out of range throws ParameterError. */
    step(ticks = 1): number {
      if (!Number.isSafeInteger(ticks) || ticks < 0)
        throw new RangeError(`ticks must be a whole number ≥ 0, got ${ticks}`)
      const run = current()
      run.step(ticks)
      return run.tick
    },

    /** Observable columns from tick `from` (default 0) to the current tick; the buffers are transferred. */
    observables(from?: number): Record<string, Float64Array> {
      const columns = current().observables(from)
      return Comlink.transfer(columns, buffersOf(Object.values(columns)))
    },

    latest(): Record<string, number> {
      return current().latest()
    },

    /** A structured-clone copy of the whole run; restore() it here, in another worker or in-process. */
    snapshot(): Snapshot {
      return current().snapshot()
    },

    /** Continues from a snapshot, with the snapshot's scenario or a changed one of the same kind and size. */
    restore(snapshot: Snapshot, scenarioJson?: unknown, options?: PrepareOptions): RunInfo | Invalid {
      if (scenarioJson === undefined) {
        simulation = restoreSimulation(snapshot)
        return info(simulation)
      }
      const prepared = prepareScenario(scenarioJson, options)
      if (!prepared.ok) return prepared
      const problems = continuationProblems(snapshot.scenario, prepared.scenario)
      if (problems.length > 0) return invalid(problems)
      simulation = restoreSimulation(snapshot, prepared.scenario)
      return info(simulation)
    },

    /** Continues the current run with changed parameters from the next tick; kind and world size must stay. */
    reconfigure(scenarioJson: unknown, options?: PrepareOptions): RunInfo | Invalid {
      const run = current()
      const prepared = prepareScenario(scenarioJson, options)
      if (!prepared.ok) return prepared
      const problems = continuationProblems(run.scenario, prepared.scenario)
      if (problems.length > 0) return invalid(problems)
      run.reconfigure(prepared.scenario)
      return info(run)
    },

    /** Agents for drawing (and districts and overlay when the kind has them); the typed arrays are transferred. */
    frame(): RenderFrame {
      const frame = transferableFrame(current().frame())
      return Comlink.transfer(frame, buffersOf(frameArrays(frame)))
    },

    /**
     * Steps up to `ticks` ticks and returns the new rows, events, outcome and (with `frame`) the
     * frame: one message per batch for the web app's live view. A schedule that goes out of range
     * stops the batch at the last good tick and comes back as `error`, with everything up to it.
     */
    advance(ticks: number, options: { frame?: boolean } = {}): Advance {
      if (!Number.isSafeInteger(ticks) || ticks < 0)
        throw new RangeError(`ticks must be a whole number ≥ 0, got ${ticks}`)
      const run = current()
      const from = run.tick + 1
      let error: Advance['error'] = null
      const started = performance.now()
      try {
        for (let i = 0; i < ticks; i++) run.step(1)
      } catch (caught) {
        if (!(caught instanceof ParameterError)) throw caught
        error = { path: caught.path, message: caught.message }
      }
      const computeMs = performance.now() - started
      const columns = run.observables(from)
      const frame = options.frame ? transferableFrame(run.frame()) : null
      const advance: Advance = {
        tick: run.tick,
        columns,
        from,
        events: run.events(from),
        frame,
        outcome: run.outcome(),
        error,
        computeMs,
      }
      const arrays = [...Object.values(columns), ...(frame ? frameArrays(frame) : [])]
      return Comlink.transfer(advance, buffersOf(arrays))
    },

    /** Notable events recorded at or after tick `from` (default 0), oldest first. */
    events(from?: number): SimEvent[] {
      return current().events(from)
    },

    /** The agent standing on `cell`, with its fields, or null. */
    inspect(cell: number): AgentInfo | null {
      return current().inspect(cell)
    },

    /** Agent `id` wherever it has moved, or null when it is off the grid; the inspector's pin. */
    inspectAgent(id: number): AgentInfo | null {
      return current().inspectAgent(id)
    },

    /** How the drawdown ended so far; null for kinds without a drawdown. */
    outcome(): OutcomeSummary | null {
      return current().outcome()
    },

    /** A digest of the complete state, random streams included. */
    hash(): string {
      return current().hash()
    },

    /**
     * One whole run of a batch: `spec.scenario` (already parsed) from tick 0 to its last tick with
     * `spec.seed`, recorded as `record` asks; the columns are transferred. Throws when the run fails
     * (the batch records the message). Leaves this worker's own simulation alone.
     */
    batchRun(spec: RunSpec, record: RecordSpec): RunResult {
      const result = performRun(spec, record)
      return Comlink.transfer(result, resultBuffers(result))
    },

    /** Validates scenario JSON here, so the browser's main thread never loads mathjs. */
    validate(scenarioJson: unknown, options?: PrepareOptions): ValidationResult {
      return options === undefined ? validateScenario(scenarioJson) : prepareScenario(scenarioJson, options)
    },
  }
}

/** The API object of this worker. */
export const api = createEngineApi()

/** What a client's comlink proxy wraps: `Comlink.Remote<EngineApi>`. */
export type EngineApi = typeof api
