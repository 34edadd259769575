// Splitting one experiment across machines: shard I of N owns a fixed subset of run ids, the same
// on every machine that expands the same experiment. Runs are dealt out by expected work (grid
// cells × ticks, largest first, each to the least-loaded shard, ties to the lower shard and the
// lower run id), so shards finish at about the same time even when design points differ in size.
import type { RunSpec } from './run-spec.ts'

/** Shard `index` (0-based, as Slurm's --array=0-(N-1) and Kubernetes' completion index give it) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** The most shards one experiment can be split into: more would leave most of them empty. */
export const MAX_SHARDS = 100_000

/** Reads `I/N` (0 ≤ I < N); returns a message for the user when it is not one. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return `--shard must be I/N with 0 ≤ I < N, e.g. 0/4, got ${JSON.stringify(text)}`
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || count > MAX_SHARDS) return `--shard N must be between 1 and ${MAX_SHARDS}, got ${count}`
  if (index >= count) return `--shard I must be below N (0 … ${count - 1}), got ${index}/${count}`
  return { index, count }
}

export const shardName = (shard: Shard): string => `${shard.index}/${shard.count}`

/** The expected cost of a run: cells of its world times its ticks. */
export function expectedWork(spec: RunSpec): number {
  const { world, ticks } = spec.scenario as unknown as {
    world: { width: number; height: number }
    ticks: number
  }
  return world.width * world.height * Math.max(1, ticks)
}

/** For each run (by position), the shard that owns it. */
export function assignShards(runs: readonly RunSpec[], count: number, work = expectedWork): Int32Array {
  const order = runs.map((spec, position) => ({ position, runId: spec.runId, cost: work(spec) }))
  order.sort((a, b) => b.cost - a.cost || a.runId - b.runId)
  const load = new Float64Array(count)
  const owner = new Int32Array(runs.length)
  for (const { position, cost } of order) {
    let best = 0
    for (let shard = 1; shard < count; shard++) if (load[shard] < load[best]) best = shard
    owner[position] = best
    load[best] += cost
  }
  return owner
}

/** The runs shard `shard` owns, in run_id order. */
export function shardRuns(runs: readonly RunSpec[], shard: Shard, work = expectedWork): RunSpec[] {
  const owner = assignShards(runs, shard.count, work)
  return runs.filter((_, position) => owner[position] === shard.index)
}
