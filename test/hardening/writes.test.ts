// Issue 11, items 4 and 5: every output is written whole or not at all (a temporary file beside it,
// renamed into place), every I/O error is one line with exit 1, and one file named twice through a
// symlink is refused.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import type { Terminal } from '../../src/cli/terminal.ts'
import { OutputFileError, sameFile, writeFilesAtomically } from '../../src/io/atomic-write.ts'
import { STACK_TRACE } from '../cli/drawdown.ts'

const SMALL = 'test/fixtures/small.json'

function fakeTerminal() {
  const out: string[] = []
  const err: string[] = []
  const terminal: Terminal = { out: (t) => void out.push(t), err: (t) => void err.push(t) }
  return { terminal, out, err }
}

describe('atomic outputs', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawdown-writes-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('writes every file of a set and leaves no temporary file', async () => {
    const a = join(dir, 'set-a.txt')
    const b = join(dir, 'set-b.txt')
    await writeFilesAtomically([
      [a, 'one'],
      [b, 'two'],
    ])
    expect([await readFile(a, 'utf8'), await readFile(b, 'utf8')]).toEqual(['one', 'two'])
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('a failing file leaves the earlier version of every file of the set, and no temporary file', async () => {
    const out = join(dir, 'keep.csv')
    await writeFile(out, 'previous run\n')
    const missing = join(dir, 'no-such-folder', 'summary.json')
    await expect(
      writeFilesAtomically([
        [out, 'new run\n'],
        [missing, '{}'],
      ]),
    ).rejects.toThrow(new OutputFileError(`cannot write ${missing}: no such folder (ENOENT)`))
    expect(await readFile(out, 'utf8')).toBe('previous run\n')
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('a folder in the way is one line, and the other files are untouched', async () => {
    const out = join(dir, 'kept.csv')
    await writeFile(out, 'old\n')
    const folder = join(dir, 'a-folder.json')
    await mkdir(folder)
    await expect(
      writeFilesAtomically([
        [out, 'new\n'],
        [folder, '{}'],
      ]),
    ).rejects.toThrow(`cannot write ${folder}: it is a folder (EISDIR)`)
    expect(await readFile(out, 'utf8')).toBe('old\n')
  })

  it('drawdown run: a failing --summary leaves --out and --events as they were, exit 1, one line', async () => {
    const out = join(dir, 'run.csv')
    const events = join(dir, 'run.ndjson')
    await writeFile(out, 'before\n')
    // A folder where the summary should go passes the folder check before the run, fails at the write.
    const summary = join(dir, 'summary-folder.json')
    await mkdir(summary)
    const { terminal, err } = fakeTerminal()
    const code = await main(
      ['run', SMALL, '--ticks', '3', '--out', out, '--events', events, '--summary', summary],
      terminal,
    )
    expect(code).toBe(1)
    expect(err.join('')).toBe(`drawdown run: cannot write ${summary}: it is a folder (EISDIR)\n`)
    expect(await readFile(out, 'utf8')).toBe('before\n')
    expect((await readdir(dir)).includes('run.ndjson')).toBe(false)
  })

  it('a write through a symlink replaces the linked file and keeps the link', async () => {
    const real = join(dir, 'real.csv')
    const link = join(dir, 'link.csv')
    await writeFile(real, 'x')
    await symlink(real, link)
    await writeFilesAtomically([[link, 'through the link']])
    expect(await readFile(real, 'utf8')).toBe('through the link')
  })
})

describe('the same file named twice (item 5)', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawdown-same-'))
    await writeFile(join(dir, 'a.json'), '{}')
    await symlink(join(dir, 'a.json'), join(dir, 'b.json'))
    await mkdir(join(dir, 'sub'))
    await symlink(join(dir, 'sub'), join(dir, 'alias'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('through a symlinked file, and through a symlinked folder for a file not yet there', () => {
    expect(sameFile([join(dir, 'a.json'), join(dir, 'b.json')])).toEqual([0, 1])
    expect(
      sameFile([join(dir, 'sub', 'new.csv'), join(dir, 'x.csv'), join(dir, 'alias', 'new.csv')]),
    ).toEqual([0, 2])
    expect(sameFile([join(dir, 'a.json'), join(dir, 'c.json')])).toBeUndefined()
  })

  it('drawdown run refuses --out a.json --summary b.json when b.json → a.json', async () => {
    const a = join(dir, 'a.json')
    const b = join(dir, 'b.json')
    const { terminal, err } = fakeTerminal()
    expect(await main(['run', SMALL, '--out', a, '--summary', b], terminal)).toBe(2)
    expect(err.join('')).toBe(
      `drawdown run: --out and --summary name the same file, ${a} (${b} is ${a}) (see drawdown run --help)\n`,
    )
    expect(await readFile(a, 'utf8')).toBe('{}')
  })
})

describe('stdout that cannot be written (item 4)', () => {
  it('> /dev/full is one line and exit 1, no stack trace', async () => {
    const full = await import('node:fs').then((fs) => fs.existsSync('/dev/full'))
    if (!full) throw new Error('this test needs /dev/full')
    const { spawn } = await import('node:child_process')
    const { openSync, closeSync } = await import('node:fs')
    const fd = openSync('/dev/full', 'w')
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/drawdown.mjs', 'run', SMALL, '--ticks', '2'], {
        stdio: ['ignore', fd, 'pipe'],
        env: { ...process.env, DRAWDOWN_DEBUG: '' },
      })
      let stderr = ''
      child.stderr?.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk
      })
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, stderr }))
    })
    closeSync(fd)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('drawdown: cannot write to stdout: no space left on the device (ENOSPC)\n')
    expect(result.stderr).not.toMatch(STACK_TRACE)
  }, 60_000)
})
