// `drawdown merge`: shard folders of one experiment (written by `drawdown batch --shard I/N`) into
// one results folder whose runs.csv, series.csv, series.parquet and errors.csv are byte-identical
// to those of a single-machine batch. Shards are checked first: same experiment and settings, the
// same N, every shard once, every run once; then their files are merged in run_id order, streamed.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE } from './batch-node.ts'
import { csvRecords, leadingRunId } from './csv-records-node.ts'
import { AtomicFileSink, ioError, makeDirectory, writeFileAtomic } from './file-sink-node.ts'
import { identity, MANIFEST_FORMAT, type Manifest, manifestText } from './manifest.ts'
import { parquetRuns } from './parquet-runs-node.ts'
import { SeriesParquetWriter } from './series-parquet.ts'

/** Shards that cannot be merged: the message names them. */
export class MergeRefusedError extends Error {
  override readonly name = 'MergeRefusedError'
}

export interface MergeOptions {
  /** The shard folders, in any order. */
  shards: readonly string[]
  out: string
  now?: () => Date
}

export interface MergeReport {
  out: string
  shards: number
  runs: number
  finished: number
  failed: number
  files: string[]
}

interface ShardFolder {
  folder: string
  manifest: Manifest & { shard: NonNullable<Manifest['shard']> }
}

async function readShard(folder: string): Promise<ShardFolder> {
  const path = join(folder, MANIFEST_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new MergeRefusedError(`${folder} is not a batch results folder: it has no ${MANIFEST_FILE}`)
    throw ioError('read', path, error)
  }
  let manifest: Manifest
  try {
    manifest = JSON.parse(text)
    if (manifest.format !== MANIFEST_FORMAT) throw new Error('format')
  } catch {
    throw new MergeRefusedError(`${path} is not a Drawdown Lab batch manifest`)
  }
  const { shard } = manifest
  if (!shard)
    throw new MergeRefusedError(
      `${folder} is a whole batch, not a shard: merge takes folders written by drawdown batch --shard I/N`,
    )
  if (manifest.status !== 'complete')
    throw new MergeRefusedError(
      `${folder}: shard ${shard.index}/${shard.count} is not complete; finish it with drawdown batch … --shard ${shard.index}/${shard.count} --resume`,
    )
  return { folder, manifest: manifest as ShardFolder['manifest'] }
}

/** "3, 7–9, 12" for a sorted list of whole numbers. */
export function idRanges(ids: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < ids.length; ) {
    let j = i
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++
    parts.push(j === i ? String(ids[i]) : `${ids[i]}–${ids[j]}`)
    i = j + 1
  }
  return parts.join(', ')
}

const withoutShard = (manifest: Manifest): string => identity({ ...manifest, shard: undefined })

/** Refuses shards that do not make exactly one whole experiment, naming what is wrong. */
export function checkCoverage(shards: readonly ShardFolder[]): void {
  const [first] = shards
  for (const { folder, manifest } of shards.slice(1)) {
    if (manifest.experiment.hash !== first.manifest.experiment.hash)
      throw new MergeRefusedError(
        `${folder} belongs to another experiment (hash ${manifest.experiment.hash.slice(0, 12)}…) than ${first.folder} (${first.manifest.experiment.hash.slice(0, 12)}…)`,
      )
    if (withoutShard(manifest) !== withoutShard(first.manifest))
      throw new MergeRefusedError(
        `${folder} was run with other settings or another version of Drawdown Lab than ${first.folder}`,
      )
    if (manifest.shard.count !== first.manifest.shard.count)
      throw new MergeRefusedError(
        `${folder} is shard ${manifest.shard.index}/${manifest.shard.count} but ${first.folder} is shard ${first.manifest.shard.index}/${first.manifest.shard.count}: all shards must split the runs the same way`,
      )
    if (manifest.formats.join() !== first.manifest.formats.join())
      throw new MergeRefusedError(
        `${folder} holds ${manifest.formats.join(' and ')}, ${first.folder} ${first.manifest.formats.join(' and ')}`,
      )
  }
  const count = first.manifest.shard.count
  const byIndex = new Map<number, string[]>()
  for (const { folder, manifest } of shards)
    byIndex.set(manifest.shard.index, [...(byIndex.get(manifest.shard.index) ?? []), folder])
  const problems: string[] = []
  for (const [index, folders] of [...byIndex].sort((a, b) => a[0] - b[0]))
    if (folders.length > 1)
      problems.push(`shard ${index}/${count} is given more than once: ${folders.join(', ')}`)
  const missingShards = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i))
  if (missingShards.length > 0)
    problems.push(
      `missing shard${missingShards.length > 1 ? 's' : ''} ${missingShards.map((i) => `${i}/${count}`).join(', ')}`,
    )
  const owners = new Int32Array(first.manifest.runs)
  for (const { manifest } of shards) for (const id of manifest.shard.runIds) owners[id]++
  const missingRuns = [...owners.keys()].filter((id) => owners[id] === 0)
  const doubled = [...owners.keys()].filter((id) => owners[id] > 1)
  if (missingRuns.length > 0) problems.push(`runs missing: ${idRanges(missingRuns)}`)
  if (doubled.length > 0) problems.push(`runs in more than one shard: ${idRanges(doubled)}`)
  if (problems.length > 0) throw new MergeRefusedError(`cannot merge: ${problems.join('; ')}`)
}

/** Merges each shard's records by their leading run id; the header comes from `lead`. */
async function mergeCsv(
  shards: readonly ShardFolder[],
  lead: ShardFolder,
  name: string,
  out: string,
): Promise<void> {
  const sink = new AtomicFileSink(join(out, name))
  try {
    const header = await firstRecord(join(lead.folder, name))
    const heads: { records: AsyncGenerator<string>; record: string; runId: number }[] = []
    for (const shard of shards) {
      const records = csvRecords(join(shard.folder, name))
      const first = await records.next()
      if (first.done) throw new MergeRefusedError(`${join(shard.folder, name)} is empty`)
      const next = await records.next()
      if (next.done) continue
      // A shard where no run finished has the bare header; one with rows must match the lead's.
      if (first.value !== header)
        throw new MergeRefusedError(
          `${join(shard.folder, name)} has other columns than ${join(lead.folder, name)}`,
        )
      heads.push({ records, record: next.value, runId: leadingRunId(next.value) })
    }
    await sink.write(header)
    while (heads.length > 0) {
      let min = 0
      for (let i = 1; i < heads.length; i++) if (heads[i].runId < heads[min].runId) min = i
      const head = heads[min]
      await sink.write(head.record)
      const next = await head.records.next()
      if (next.done) heads.splice(min, 1)
      else {
        head.record = next.value
        head.runId = leadingRunId(next.value)
      }
    }
    await sink.close()
  } catch (error) {
    await sink.discard()
    if (error instanceof MergeRefusedError) throw error
    if ((error as NodeJS.ErrnoException).code) throw ioError('read or write', join(out, name), error)
    throw new MergeRefusedError(`${name}: ${(error as Error).message}`)
  }
}

async function firstRecord(path: string): Promise<string> {
  const records = csvRecords(path)
  const first = await records.next()
  await records.return(undefined)
  return first.done ? '' : first.value
}

/** The first run id with a row in a shard's runs.csv, or Infinity when none finished. */
async function firstFinished(shard: ShardFolder): Promise<number> {
  const records = csvRecords(join(shard.folder, 'runs.csv'))
  await records.next()
  const row = await records.next()
  await records.return(undefined)
  return row.done ? Number.POSITIVE_INFINITY : leadingRunId(row.value)
}

async function mergeParquet(shards: readonly ShardFolder[], out: string): Promise<void> {
  const name = 'series.parquet'
  const sink = new AtomicFileSink(join(out, name))
  try {
    const writer = new SeriesParquetWriter(sink)
    const heads = []
    for (const shard of shards) {
      const runs = parquetRuns(join(shard.folder, name))
      const next = await runs.next()
      if (!next.done) heads.push({ runs, run: next.value })
    }
    // As in a single batch: the columns of the first run that finished, or none (close begins).
    if (heads.length > 0) writer.begin(heads[0].run.names)
    while (heads.length > 0) {
      let min = 0
      for (let i = 1; i < heads.length; i++) if (heads[i].run.runId < heads[min].run.runId) min = i
      await writer.add(heads[min].run)
      const next = await heads[min].runs.next()
      if (next.done) heads.splice(min, 1)
      else heads[min].run = next.value
    }
    await writer.close()
  } catch (error) {
    await sink.discard()
    if (error instanceof MergeRefusedError) throw error
    throw new MergeRefusedError(`${name}: ${(error as Error).message}`)
  }
}

/** Merges shard folders into `options.out`. */
export async function mergeShards(options: MergeOptions): Promise<MergeReport> {
  const now = options.now ?? (() => new Date())
  const startedAt = now().toISOString()
  if (options.shards.length === 0) throw new MergeRefusedError('no shard folders given')
  const shards = await Promise.all(options.shards.map(readShard))
  checkCoverage(shards)
  shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)
  // A single batch takes its headers from the first run that finished: so does the merge.
  const firsts = await Promise.all(shards.map(firstFinished))
  const lead = shards[firsts.indexOf(Math.min(...firsts))]
  try {
    await makeDirectory(options.out)
  } catch (error) {
    throw ioError('create the output folder', options.out, error)
  }
  const formats = lead.manifest.formats
  const csvFiles = ['runs.csv', ...(formats.includes('csv') ? ['series.csv'] : []), 'errors.csv']
  for (const name of csvFiles) await mergeCsv(shards, lead, name, options.out)
  if (formats.includes('parquet')) await mergeParquet(shards, options.out)
  const results = shards.reduce(
    (sum, { manifest }) => ({
      finished: sum.finished + (manifest.results?.finished ?? 0),
      failed: sum.failed + (manifest.results?.failed ?? 0),
    }),
    { finished: 0, failed: 0 },
  )
  const { shard: _shard, sessions: _sessions, ...whole } = lead.manifest
  const merged: Manifest = {
    ...whole,
    status: 'complete',
    results,
    sessions: [
      {
        startedAt,
        endedAt: now().toISOString(),
        workers: 0,
        runs: 0,
        node: process.version,
      },
    ],
    mergedFrom: shards.map(({ folder, manifest }) => ({
      folder,
      shard: `${manifest.shard.index}/${manifest.shard.count}`,
      sessions: manifest.sessions,
    })),
  }
  await writeFileAtomic(join(options.out, MANIFEST_FILE), manifestText(merged))
  const files = [...csvFiles, ...(formats.includes('parquet') ? ['series.parquet'] : []), MANIFEST_FILE]
  return { out: options.out, shards: shards.length, runs: lead.manifest.runs, ...results, files }
}
