// The Slurm scripts `drawdown slurm` writes, and `--status` read from shard folders: what a user
// submits must name the array, the shard of each task, resume, logs and the merge of every shard.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergeScript, type SlurmPlan, shardsScript, shellWord } from '../../src/experiment/slurm-script.ts'
import { slurmStatus } from '../../src/experiment/slurm-status-node.ts'

const plan: SlurmPlan = {
  name: 'drawdown timing',
  hash: 'abcdef0123456789',
  experiment: '/data/exp.json',
  out: "/data/it's here",
  shards: 8,
  cpusPerTask: 4,
  partition: 'short',
  time: '02:00:00',
  format: 'parquet',
  drawdown: ['/usr/bin/node', '/opt/drawdown/bin/drawdown.mjs'],
}

describe('slurm scripts', () => {
  it('run shard $SLURM_ARRAY_TASK_ID of N per array task, resumable, with logs per task', () => {
    const script = shardsScript(plan)
    expect(script).toContain('#SBATCH --array=0-7\n')
    expect(script).toContain('#SBATCH --cpus-per-task=4\n')
    expect(script).toContain('#SBATCH --partition=short\n#SBATCH --time=02:00:00\n')
    expect(script).toContain(`#SBATCH --output=/data/it's here/slurm/logs/%A_%a.out`)
    expect(script).toContain(
      `exec /usr/bin/node /opt/drawdown/bin/drawdown.mjs batch /data/exp.json --out '/data/it'\\''s here/shards/'"$SLURM_ARRAY_TASK_ID" --shard "$SLURM_ARRAY_TASK_ID"/8 --workers "\${SLURM_CPUS_PER_TASK:-4}" --format parquet --resume`,
    )
  })

  it('merge every shard folder into the results folder', () => {
    const script = mergeScript({ ...plan, shards: 2, out: '/r' })
    expect(script).toContain(
      'exec /usr/bin/node /opt/drawdown/bin/drawdown.mjs merge /r/shards/0 /r/shards/1 --out /r\n',
    )
  })

  it('quote words for bash only when they need it', () => {
    expect(shellWord('/a/b-c_d.json')).toBe('/a/b-c_d.json')
    expect(shellWord('a b')).toBe("'a b'")
    expect(shellWord("it's")).toBe(`'it'\\''s'`)
  })
})

describe('drawdown slurm --status', () => {
  let out: string
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'drawdown-status-'))
    await mkdir(join(out, 'slurm'), { recursive: true })
    const jobs = {
      format: 'drawdown-lab/slurm@1',
      experiment: 'x',
      shards: 3,
      arrayJob: null,
      mergeJob: null,
    }
    await writeFile(join(out, 'slurm', 'jobs.json'), JSON.stringify(jobs))
    const shard = (index: number, status: string) => ({
      format: 'drawdown-lab/batch@1',
      status,
      shard: { index, count: 3, runIds: [index, index + 3] },
      results: status === 'complete' ? { finished: 1, failed: 1 } : null,
    })
    for (const [index, status] of [
      [0, 'complete'],
      [2, 'running'],
    ] as const) {
      await mkdir(join(out, 'shards', String(index)), { recursive: true })
      await writeFile(
        join(out, 'shards', String(index), 'manifest.json'),
        JSON.stringify(shard(index, status)),
      )
    }
  })
  afterAll(() => rm(out, { recursive: true, force: true }))

  it('tells done, missing and unfinished (failed when nothing is queued) shards apart', async () => {
    const status = await slurmStatus(out)
    expect(status.shards).toEqual([
      { index: 0, state: 'done', runs: 2, failed: 1 },
      { index: 1, state: 'missing', runs: null, failed: null },
      { index: 2, state: 'failed', runs: 2, failed: null },
    ])
    expect(status.merged).toBe(false)
  })

  it('refuses a folder drawdown slurm did not prepare', async () => {
    await expect(slurmStatus(join(out, 'shards'))).rejects.toThrow(/not prepared by drawdown slurm/)
  })
})
