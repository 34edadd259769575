// The experiment worker's API (comlink): expands an experiment file, keeps the batch's results
// store (CSV and Parquet encoded here, off the page's thread) and analyses results, so the page
// only routes runs between the engine workers and this one and draws what comes back.
import * as Comlink from 'comlink'
import {
  analysisFigures,
  analyzeExperiment,
  type ExperimentSummary,
  type Figure,
  parseRuns,
  readManifest,
  summaryCsv,
  summaryJson,
} from '../src/experiment/analyze/index.ts'
import { MemorySink } from '../src/experiment/byte-sink.ts'
import { expandExperiment } from '../src/experiment/expand.ts'
import { resolveRelative } from '../src/experiment/files-browser.ts'
import { MANIFEST_FORMAT, type Manifest, manifestText } from '../src/experiment/manifest.ts'
import { ResultStore } from '../src/experiment/results-store.ts'
import type { RunRecord } from '../src/experiment/run-result.ts'
import type { ExpandedExperiment, RunSpec } from '../src/experiment/run-spec.ts'
import { sha256Hex } from '../src/experiment/sha256.ts'
import { parseScenarioText, ScenarioFileError } from '../src/io/scenario-text.ts'
import { formatProblem, ScenarioError } from '../src/scenario/spec/problem.ts'

/** What the page needs of an expanded experiment: no scenarios (the worker keeps the runs). */
export interface PlanInfo {
  name: string
  description: string
  hash: string
  runs: number
  /** seeds of the runs, by run id (a failed run's errors.csv row needs it). */
  runSeeds: number[]
  factorNames: string[]
  armNames: string[]
  designType: string
  record: ExpandedExperiment['record']
}

export type ExpandReply = { ok: true; plan: PlanInfo } | { ok: false; lines: string[] }

/** A results file, as the CLI would write it into the results folder. */
export interface ResultFile {
  name: string
  bytes: Uint8Array
}

export interface AnalysisReply {
  ok: true
  summary: ExperimentSummary
  figures: Figure[]
  /** summary.json and summary.csv, the same bytes as `drawdown analyze`. */
  files: ResultFile[]
}

export type AnalyzeReply = AnalysisReply | { ok: false; lines: string[] }

/** The CLI's --format, or no series at all (a page holds its results in memory until downloaded). */
export type SeriesFormat = 'csv' | 'parquet' | 'both' | 'none'

interface Session {
  experiment: ExpandedExperiment
  files: { path: string; text: string }[]
  /** Set by begin(). */
  store: ResultStore | undefined
  sinks: Record<string, MemorySink>
  startedAt: string
  workers: number
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** `file: path: message` lines for whatever a bad experiment file threw; never a stack trace. */
function problemLines(error: unknown, file: string): string[] {
  if (error instanceof ScenarioError)
    return error.problems.map((problem) => `${file}: ${formatProblem(problem)}`)
  if (error instanceof ScenarioFileError) return [error.message]
  throw error
}

/**
 * Base scenarios for the experiment at `path`: its relative path resolved as on Node (the library
 * sits where the repository has it), else a chosen file of the same name (in the experiment's
 * folder), else the library scenario of that name.
 */
function loaderFor(files: Readonly<Record<string, string>>, path: string) {
  const folder = path.slice(0, path.lastIndexOf('/') + 1)
  return (relative: string) => {
    const resolved = resolveRelative(path, relative)
    const name = relative.slice(relative.lastIndexOf('/') + 1)
    const key = [resolved, `${folder}${name}`, name].find((candidate) => Object.hasOwn(files, candidate))
    if (key === undefined)
      throw new ScenarioFileError(
        relative,
        'cannot read: no such file in the library or among the chosen files (choose it together with the experiment)',
      )
    return parseScenarioText(files[key], relative)
  }
}

const storeOf = (session: Session): ResultStore => {
  if (session.store === undefined) throw new Error('begin() the batch before adding runs')
  return session.store
}

function analysisOf(runsText: string, manifest: unknown, by?: readonly string[]): AnalysisReply {
  const info = readManifest(manifest)
  const table = parseRuns(runsText, info.factorNames)
  if (table.runs.length === 0) throw new Error('no finished runs to analyse')
  const summary = analyzeExperiment(table, info, { by })
  return {
    ok: true,
    summary,
    figures: analysisFigures(summary),
    files: [
      { name: 'summary.json', bytes: encoder.encode(summaryJson(summary)) },
      { name: 'summary.csv', bytes: encoder.encode(summaryCsv(summary)) },
    ],
  }
}

export function createExperimentApi(version = '0.0.0') {
  let session: Session | undefined
  const current = (): Session => {
    if (session === undefined) throw new Error('no experiment expanded in this worker yet')
    return session
  }

  return {
    /** Expands the experiment at `path` in `files` (path → text; the library and the chosen files). */
    expand(files: Record<string, string>, path: string): ExpandReply {
      session = undefined
      let experiment: ExpandedExperiment
      try {
        const text = files[path]
        if (text === undefined) return { ok: false, lines: [`${path}: cannot read: no such file`] }
        let input: unknown
        try {
          input = JSON.parse(text)
        } catch (error) {
          return { ok: false, lines: [`${path}: not valid JSON: ${(error as Error).message}`] }
        }
        experiment = expandExperiment(input, loaderFor(files, path))
        const scenario = (input as { scenario?: unknown }).scenario
        const inputs = [{ path, text }]
        const scenarioKey = typeof scenario === 'string' ? resolveRelative(path, scenario) : undefined
        if (scenarioKey !== undefined && Object.hasOwn(files, scenarioKey))
          inputs.push({ path: scenarioKey, text: files[scenarioKey] })
        session = { experiment, files: inputs, store: undefined, sinks: {}, startedAt: '', workers: 0 }
      } catch (error) {
        return { ok: false, lines: problemLines(error, path) }
      }
      return {
        ok: true,
        plan: {
          name: experiment.name,
          description: experiment.description,
          hash: experiment.hash,
          runs: experiment.runs.length,
          runSeeds: experiment.runs.map((spec) => spec.seed),
          factorNames: experiment.factorNames,
          armNames: experiment.armNames,
          designType: experiment.design.type,
          record: experiment.record,
        },
      }
    },

    /** The run with this id, scenario included, to hand to an engine worker. */
    spec(runId: number): RunSpec {
      return current().experiment.runs[runId]
    },

    /** Starts a results store for the expanded experiment. */
    async begin(format: SeriesFormat, workers: number, startedAt: string): Promise<void> {
      const active = current()
      const names = [
        'runs.csv',
        'errors.csv',
        ...(format === 'csv' || format === 'both' ? ['series.csv'] : []),
        ...(format === 'parquet' || format === 'both' ? ['series.parquet'] : []),
      ]
      active.sinks = Object.fromEntries(names.map((name) => [name, new MemorySink()]))
      active.store = new ResultStore(active.experiment.factorNames, {
        runs: active.sinks['runs.csv'],
        errors: active.sinks['errors.csv'],
        seriesCsv: active.sinks['series.csv'],
        seriesParquet: active.sinks['series.parquet'],
      })
      active.startedAt = startedAt
      active.workers = workers
      await active.store.open()
    },

    /** The next settled run, in run_id order. */
    async add(record: RunRecord): Promise<void> {
      const active = current()
      await storeOf(active).add(active.experiment.runs[record.runId], record)
    },

    /** Closes the store: the results files (manifest included) and the analysis of runs.csv. */
    async finish(endedAt: string): Promise<{ files: ResultFile[]; analysis: AnalyzeReply }> {
      const active = current()
      const summary = await storeOf(active).close()
      const { experiment, sinks } = active
      const manifest: Manifest = {
        format: MANIFEST_FORMAT,
        status: 'complete',
        drawdownLab: { version, gitCommit: null },
        experiment: {
          name: experiment.name,
          hash: experiment.hash,
          files: active.files.map((file) => ({
            path: file.path,
            sha256: sha256Hex(file.text),
          })),
        },
        runs: experiment.runs.length,
        factorNames: experiment.factorNames,
        armNames: experiment.armNames,
        seeds: experiment.seeds,
        record: experiment.record,
        design: experiment.design,
        formats: [...(sinks['series.csv'] ? ['csv'] : []), ...(sinks['series.parquet'] ? ['parquet'] : [])],
        files: {
          'runs.csv': [
            'run_id',
            'point',
            'arm',
            'replicate',
            'seed',
            ...experiment.factorNames,
            ...summary.measures,
          ],
          ...(sinks['series.csv'] ? { 'series.csv': ['run_id', 'tick', ...summary.observables] } : {}),
          ...(sinks['series.parquet']
            ? { 'series.parquet': ['run_id', 'tick', ...summary.observables] }
            : {}),
          'errors.csv': ['run_id', 'seed', 'message'],
        },
        results: { finished: summary.finished, failed: summary.failed },
        sessions: [
          {
            startedAt: active.startedAt,
            endedAt,
            workers: active.workers,
            runs: experiment.runs.length,
            node: 'browser',
          },
        ],
      }
      const files: ResultFile[] = [
        ...Object.entries(sinks).map(([name, sink]) => ({ name, bytes: sink.bytes() })),
        { name: 'manifest.json', bytes: encoder.encode(manifestText(manifest)) },
      ]
      let analysis: AnalyzeReply
      try {
        analysis = analysisOf(decoder.decode(sinks['runs.csv'].bytes()), manifest)
      } catch (error) {
        analysis = { ok: false, lines: [`runs.csv: ${(error as Error).message}`] }
      }
      return Comlink.transfer(
        { files, analysis },
        files.map((file) => file.bytes.buffer as ArrayBuffer),
      )
    },

    /** The analysis of a results folder's runs.csv and manifest.json (texts), grouped `by` some factors. */
    analyze(
      runs: { path: string; text: string },
      manifest: { path: string; text: string },
      by?: string[],
    ): AnalyzeReply {
      let parsed: unknown
      try {
        parsed = JSON.parse(manifest.text)
        readManifest(parsed)
      } catch (error) {
        return {
          ok: false,
          lines: [`${manifest.path}: ${(error as Error).message.replace(/^manifest\.json: /, '')}`],
        }
      }
      try {
        return analysisOf(runs.text, parsed, by)
      } catch (error) {
        return { ok: false, lines: [`${runs.path}: ${(error as Error).message}`] }
      }
    },
  }
}

export type ExperimentApi = ReturnType<typeof createExperimentApi>
