// manifest.json of a results directory: what ran (version, commit, input hashes, the expanded
// design, every seed), how (workers, Node), when (one session per start or resume) and what came
// out. Everything but `sessions` and `status` is the same for the same experiment, whatever the
// workers or interruptions.

import type { UnitMode } from '../io/units.ts'

export const MANIFEST_FORMAT = 'drawdown-lab/batch@1'

export interface ManifestSession {
  startedAt: string
  /** null while the session runs (or if it was interrupted). */
  endedAt: string | null
  workers: number
  /** Runs this session settled. */
  runs: number
  node: string
  /** The machine the session ran on. */
  host?: string
}

/** A shard's identity: shard `index` of `count` (0-based), and the run ids it owns. */
export interface ManifestShard {
  index: number
  count: number
  runIds: number[]
}

export interface InputFile {
  /** As given on the command line or resolved from the experiment. */
  path: string
  sha256: string
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT
  /** "running" until every run is written, then "complete". */
  status: 'running' | 'complete'
  drawdownLab: { version: string; gitCommit: string | null }
  experiment: {
    name: string
    /** The expanded experiment's hash (canonical experiment + scenario): resuming needs the same. */
    hash: string
    files: InputFile[]
  }
  runs: number
  factorNames: string[]
  armNames: string[]
  /** Replicate seeds: run r's seed is seeds[replicate of r]. */
  seeds: number[]
  record: { observables: 'all' | readonly string[]; every: number; units?: UnitMode }
  /** The expanded design, as the experiment module describes it. */
  design: unknown
  /** Present in a shard's folder (`drawdown batch --shard I/N`). */
  shard?: ManifestShard
  /** Present in a merged folder: the shard folders it was made from. */
  mergedFrom?: { folder: string; shard: string; sessions: ManifestSession[] }[]
  formats: string[]
  files: Record<string, string[]>
  results: { finished: number; failed: number } | null
  sessions: ManifestSession[]
}

export const manifestText = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`

/** The manifest fields that must match for a resume (not status, results, sessions, formats, commit, file hashes). */
export function identity(manifest: Manifest): string {
  const { status: _s, results: _r, sessions: _t, formats: _f, files: _files, ...rest } = manifest
  // The commit may move (a docs commit) without changing what runs, and an input file may be
  // reformatted; the version and the experiment's canonical hash may not.
  const experiment = { name: rest.experiment.name, hash: rest.experiment.hash }
  return JSON.stringify({ ...rest, experiment, drawdownLab: { version: rest.drawdownLab.version } })
}
