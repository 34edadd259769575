// A real single-node Slurm cluster on this machine (scripts/slurm/cluster.sh: Debian's slurm-wlm
// and munge on localhost): `drawdown slurm --submit` runs smoke.json as a 4-task array and a
// dependent merge job, and the merged files equal a local batch's byte for byte. Needs root and
// the Slurm packages (.ci/run installs them; so does `scripts/slurm/cluster.sh install`).
import { execFile, execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'

const cluster = new URL('../../scripts/slurm/cluster.sh', import.meta.url).pathname
const drawdown = new URL('../../bin/drawdown.mjs', import.meta.url).pathname
const experiment = new URL('../../scenarios/experiments/smoke.json', import.meta.url).pathname
const run = promisify(execFile)

let root: string
let env: NodeJS.ProcessEnv

async function queueEmpty(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const { stdout } = await run('squeue', ['-h'], { env })
    if (stdout.trim() === '') return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`jobs still queued after ${timeoutMs} ms`)
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'drawdown-slurm-'))
  try {
    execFileSync(cluster, ['available'])
  } catch {
    throw new Error('Slurm is not installed here or this is not root: run scripts/slurm/cluster.sh install')
  }
  const started = (await run(cluster, ['start', join(root, 'cluster')])).stdout
  const conf = /SLURM_CONF=(.+)/.exec(started)?.[1]
  if (!conf) throw new Error(`cluster.sh start said: ${started}`)
  env = { ...process.env, SLURM_CONF: conf.trim() }
}, 120_000)

afterAll(async () => {
  if (root) {
    await run(cluster, ['stop', join(root, 'cluster')]).catch(() => undefined)
    await rm(root, { recursive: true, force: true })
  }
}, 120_000)

describe('drawdown slurm on a real cluster', () => {
  it('runs a 4-shard array and a merge job whose files equal a local batch', async () => {
    const out = join(root, 'results')
    const submitted = await run(
      process.execPath,
      [drawdown, 'slurm', experiment, '--out', out, '--shards', '4', '--format', 'both', '--submit'],
      { env },
    )
    expect(submitted.stdout).toMatch(/^array job \d+, merge job \d+$/m)
    await queueEmpty(240_000)

    const local = join(root, 'local')
    const quiet = { out: () => undefined, err: () => undefined }
    expect(await main(['batch', experiment, '--out', local, '--format', 'both', '--quiet'], quiet)).toBe(0)
    expect(await resultFiles(out)).toEqual(await resultFiles(local))

    const logs = await readdir(join(out, 'slurm', 'logs'))
    expect(logs.filter((name) => /^\d+_[0-3]\.out$/.test(name))).toHaveLength(4)
    expect(logs.some((name) => name.startsWith('merge_'))).toBe(true)

    const status = await run(process.execPath, [drawdown, 'slurm', '--status', out], { env })
    expect(status.stdout).toMatch(/^4 done; merged into /m)
  }, 300_000)
})

/** The files a batch writes besides its manifest (the merged folder also holds shards/ and slurm/). */
async function resultFiles(dir: string): Promise<Record<string, Buffer>> {
  const names = ['runs.csv', 'series.csv', 'series.parquet', 'errors.csv']
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))])),
  )
}
