// `drawdown slurm --status DIR`: which shards are done, running, pending, failed or missing, from
// each shard folder's manifest and, when Slurm's squeue answers, the array job's live tasks.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { MANIFEST_FILE } from './batch-node.ts'
import type { Manifest } from './manifest.ts'
import { shardFolder, slurmFolder } from './slurm-script.ts'

/** What `drawdown slurm` records in DIR/slurm/jobs.json. */
export interface SlurmJobs {
  format: 'drawdown-lab/slurm@1'
  experiment: string
  shards: number
  /** Set by --submit. */
  arrayJob: string | null
  mergeJob: string | null
}

export const JOBS_FILE = 'jobs.json'

export type ShardState = 'done' | 'running' | 'pending' | 'failed' | 'missing'

export interface ShardStatus {
  index: number
  state: ShardState
  /** Runs this shard owns and, when done, how many failed. */
  runs: number | null
  failed: number | null
}

export interface SlurmStatus {
  shards: ShardStatus[]
  merged: boolean
  /** Whether squeue answered (otherwise running and pending shards cannot be told from failed ones). */
  queueKnown: boolean
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    return undefined
  }
}

/** Array task index → Slurm state (PENDING, RUNNING, …) of the tasks squeue still lists. */
async function queuedTasks(arrayJob: string): Promise<Map<number, string> | undefined> {
  try {
    const { stdout } = await promisify(execFile)('squeue', ['-h', '-r', '-j', arrayJob, '-o', '%K %T'])
    const tasks = new Map<number, string>()
    for (const line of stdout.split('\n')) {
      const [index, state] = line.trim().split(/\s+/)
      if (index !== undefined && /^\d+$/.test(index)) tasks.set(Number(index), state)
    }
    return tasks
  } catch (error) {
    // squeue exits non-zero once the job has left the queue: nothing is queued.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return new Map()
  }
}

export async function slurmStatus(out: string): Promise<SlurmStatus> {
  const jobs = await readJson<SlurmJobs>(join(slurmFolder(out), JOBS_FILE))
  if (jobs?.format !== 'drawdown-lab/slurm@1')
    throw new Error(`${out} was not prepared by drawdown slurm (no ${slurmFolder(out)}/${JOBS_FILE})`)
  const queue = jobs.arrayJob ? await queuedTasks(jobs.arrayJob) : undefined
  const shards: ShardStatus[] = []
  for (let index = 0; index < jobs.shards; index++) {
    const manifest = await readJson<Manifest>(join(shardFolder(out, index), MANIFEST_FILE))
    const queued = queue?.get(index)
    let state: ShardState
    if (manifest?.status === 'complete') state = 'done'
    else if (queued !== undefined) state = /PEND/.test(queued) ? 'pending' : 'running'
    else if (manifest !== undefined) state = 'failed'
    else state = 'missing'
    shards.push({
      index,
      state,
      runs: manifest?.shard?.runIds.length ?? null,
      failed: manifest?.status === 'complete' ? (manifest.results?.failed ?? 0) : null,
    })
  }
  const merged = await readJson<Manifest>(join(out, MANIFEST_FILE))
  return {
    shards,
    merged: merged?.status === 'complete' && merged.mergedFrom !== undefined,
    queueKnown: queue !== undefined,
  }
}
