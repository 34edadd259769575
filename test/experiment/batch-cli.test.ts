// `drawdown batch` as a real process (the built command): the same bytes with 1 or 2 workers;
// kill -9 at random moments, then --resume, always ends with the uninterrupted batch's bytes;
// a failing run lands in errors.csv; a full disk is one clear line, exit 1, and the journal kept
// lets --resume finish; a changed experiment is refused.
//
// KILL_TRIALS sets the number of kill -9 trials (default 10; the fuzz suite runs 20 or more).
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  stat,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import seedrandom from 'seedrandom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawdown, ROOT, STACK_TRACE } from '../cli/drawdown.ts'
import { dataFiles, stableManifest } from './files.ts'

const TRIALS = Number(process.env.KILL_TRIALS ?? 10)
const TINY = 'test/fixtures/experiments/tiny.json'
let root: string
let reference: Record<string, Buffer>
let referenceManifest: unknown
let referenceMs = 0
/** The largest journal seen during an uninterrupted two-worker batch: how far kills by progress reach. */
let referenceJournalBytes = 0

const batch = (experiment: string, out: string, ...options: string[]) =>
  drawdown(['batch', experiment, '--out', out, '--quiet', '--format', 'both', ...options])

/** When to kill: after a time, or once the journal has grown to a number of bytes. */
type Kill = { afterMs: number } | { journalBytes: number }

/** Starts a batch and kills it with SIGKILL at `kill`; resolves once it is gone, with the largest
 * journal size seen while it ran (polled every millisecond). */
function killedBatch(out: string, kill: Kill, resume: boolean): Promise<{ journalBytes: number }> {
  return new Promise((resolve, reject) => {
    const args = [
      'bin/drawdown.mjs',
      'batch',
      TINY,
      '--out',
      out,
      '--quiet',
      '--format',
      'both',
      '--workers',
      '2',
    ]
    const child = spawn(process.execPath, resume ? [...args, '--resume'] : args, {
      cwd: ROOT,
      stdio: 'ignore',
    })
    let seen = 0
    const journal = join(out, 'batch.journal')
    const timer =
      'afterMs' in kill
        ? setTimeout(() => child.kill('SIGKILL'), kill.afterMs)
        : setInterval(() => {
            try {
              seen = Math.max(seen, statSync(journal).size)
            } catch {}
            if (seen >= kill.journalBytes) child.kill('SIGKILL')
          }, 1)
    child.on('error', reject)
    child.on('exit', () => {
      // Either kind of timer: clearInterval clears a timeout too.
      clearInterval(timer)
      resolve({ journalBytes: seen })
    })
  })
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'drawdown-batch-cli-'))
  const started = performance.now()
  const one = await batch(TINY, join(root, 'reference'), '--workers', '1')
  referenceMs = performance.now() - started
  expect(one.stderr).toBe('')
  expect(one.code).toBe(0)
  reference = await dataFiles(join(root, 'reference'))
  referenceManifest = await stableManifest(join(root, 'reference'))
  const watched = await killedBatch(join(root, 'watched'), { journalBytes: Number.POSITIVE_INFINITY }, false)
  referenceJournalBytes = watched.journalBytes
  expect(referenceJournalBytes).toBeGreaterThan(0)
  expect(await dataFiles(join(root, 'watched'))).toEqual(reference)
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('drawdown batch', () => {
  it('writes the same bytes with 2 workers as with 1', async () => {
    const two = await batch(TINY, join(root, 'two'), '--workers', '2')
    expect(two.code).toBe(0)
    expect(await dataFiles(join(root, 'two'))).toEqual(reference)
    expect(await stableManifest(join(root, 'two'))).toEqual(referenceManifest)
    expect(Object.keys(reference)).toEqual(['errors.csv', 'runs.csv', 'series.csv', 'series.parquet'])
  })

  it(
    `ends with the same bytes after kill -9 at random moments and --resume (${TRIALS} trials)`,
    async () => {
      const random = seedrandom('kill-9 trials')
      let interrupted = 0
      for (let trial = 0; trial < TRIALS; trial++) {
        const out = join(root, `killed-${trial}`)
        // Even trials are killed at a random time, which may fall before the journal exists or
        // after the batch has finished; odd ones once the journal has grown to a random size, which
        // lands in a batch in progress whatever the machine's speed.
        const kill =
          trial % 2 === 0
            ? { afterMs: (0.05 + random() * 1.05) * referenceMs }
            : { journalBytes: random() * referenceJournalBytes }
        await killedBatch(out, kill, false)
        if (await exists(join(out, 'batch.journal'))) interrupted++
        // Every third trial is killed again while it resumes.
        if (trial % 3 === 2) await killedBatch(out, { afterMs: random() * referenceMs }, true)
        const resumed = await batch(TINY, out, '--resume', '--workers', '2')
        expect(resumed.stderr, `trial ${trial}`).toBe('')
        expect(resumed.code, `trial ${trial}`).toBe(0)
        expect(await dataFiles(out), `trial ${trial}`).toEqual(reference)
        expect(await stableManifest(out), `trial ${trial}`).toEqual(referenceManifest)
      }
      console.log(`kill -9: ${interrupted} of ${TRIALS} trials stopped a batch in progress`)
      // The trials must have hit batches in progress, not only finished ones.
      expect(interrupted).toBeGreaterThanOrEqual(Math.ceil(TRIALS / 3))
    },
    120_000 + TRIALS * 60_000,
  )

  it('stops on Ctrl-C with exit 130 and a line saying how to resume; --resume finishes it', async () => {
    const out = join(root, 'interrupted')
    const args = ['bin/drawdown.mjs', 'batch', TINY, '--out', out, '--format', 'both', '--workers', '1']
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    let interrupted = false
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk
      // The first progress line comes once the batch has started: interrupt it then, once (a
      // second Ctrl-C ends the process at once, as usual).
      if (!interrupted && /batch: 0\/8 runs/.test(stderr)) {
        interrupted = true
        child.kill('SIGINT')
      }
    })
    const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
    expect(code).toBe(130)
    expect(stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^drawdown batch: interrupted after \\d of 8 runs; finish it with --resume: drawdown batch ${TINY} --out ${out} --resume$`,
      ),
    )
    expect(stderr).not.toMatch(STACK_TRACE)
    const resumed = await batch(TINY, out, '--resume')
    expect(resumed.code).toBe(0)
    expect(await dataFiles(out)).toEqual(reference)
  })

  it('records runs that throw in errors.csv and finishes the others', async () => {
    const out = join(root, 'throwing')
    const result = await batch('test/fixtures/experiments/throwing.json', out, '--workers', '2')
    expect(result.code).toBe(0)
    expect(await readFile(join(out, 'errors.csv'), 'utf8')).toBe(
      'run_id,seed,message\n' +
        '2,1,"model.legitimacy: must be between 0 and 1, got 1.02 at tick 6"\n' +
        '3,2,"model.legitimacy: must be between 0 and 1, got 1.02 at tick 6"\n',
    )
    const runs = (await readFile(join(out, 'runs.csv'), 'utf8')).trim().split('\n')
    expect(runs.map((line) => line.split(',')[0])).toEqual(['run_id', '0', '1'])
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    expect(manifest.results).toEqual({ finished: 2, failed: 2 })
  })

  it('says in one line that the disk is full, exits 1, and keeps what it wrote for --resume', async () => {
    const out = join(root, 'full')
    await mkdir(out)
    // The runs.csv being written goes to /dev/full, where every write fails with ENOSPC.
    await symlink('/dev/full', join(out, '.runs.csv.partial'))
    const full = await batch(TINY, out, '--workers', '2')
    expect(full.code).toBe(1)
    expect(full.stderr).toBe(
      `drawdown batch: cannot write ${join(out, 'runs.csv')}: no space left on the device (ENOSPC)\n`,
    )
    expect(full.stderr).not.toMatch(STACK_TRACE)
    expect(await exists(join(out, 'batch.journal'))).toBe(true)
    await unlink(join(out, '.runs.csv.partial')).catch(() => undefined)
    const resumed = await batch(TINY, out, '--resume', '--workers', '1')
    expect(resumed.code).toBe(0)
    expect(await dataFiles(out)).toEqual(reference)
  })

  it('refuses to resume after the experiment file changed, naming the folder', async () => {
    const folder = join(root, 'changing')
    await mkdir(join(folder, 'experiments'), { recursive: true })
    await copyFile(join(ROOT, 'test/fixtures/small.json'), join(folder, 'small.json'))
    const file = join(folder, 'experiments', 'tiny.json')
    await cp(join(ROOT, TINY), file)
    const out = join(folder, 'out')
    await killedBatch(out, { afterMs: 0 }, false)
    await batch(file, out, '--workers', '1')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('"ticks": 15', '"ticks": 16'))
    const refused = await batch(file, out, '--resume')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /^drawdown batch: cannot resume .*out: the experiment changed since it started \(hash [0-9a-f]{12}…, now [0-9a-f]{12}…\); run it into another --out\n$/,
    )
  })
})
