// `drawdown batch` usage and input errors, through main() (no process, no workers): one line each,
// the right exit code, never a stack trace; and the progress line as a log shows it.
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { progressLine, progressView } from '../../src/cli/progress-view.ts'

async function drawdownBatch(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(['batch', ...argv], {
    out: (text) => {
      out += text
    },
    err: (text) => {
      err += text
    },
  })
  return { code, out, err }
}

describe('drawdown batch usage', () => {
  it.each([
    [[], 'drawdown batch: missing experiment file (see drawdown batch --help)\n'],
    [['x.json'], 'drawdown batch: missing --out DIR (the results folder) (see drawdown batch --help)\n'],
    [
      ['x.json', '--out', 'o', '--workers', '0'],
      'drawdown batch: --workers must be a whole number of at least 1, got "0" (see drawdown batch --help)\n',
    ],
    [
      ['x.json', '--out', 'o', '--format', 'xlsx'],
      'drawdown batch: --format must be csv, parquet or both, got "xlsx" (see drawdown batch --help)\n',
    ],
  ])('%j is a usage error', async (argv, message) => {
    expect(await drawdownBatch(...argv)).toEqual({ code: 2, out: '', err: message })
  })

  it('names the experiment file that cannot be read, and its problems with their paths', async () => {
    expect(await drawdownBatch('nope.json', '--out', 'o')).toEqual({
      code: 1,
      out: '',
      err: 'nope.json: cannot read: no such file\n',
    })
    const bad = await drawdownBatch('test/fixtures/small.json', '--out', 'o')
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/^test\/fixtures\/small\.json: \S+: /)
    expect(bad.err).not.toMatch(/^\s+at /m)
  })

  it('says in one line that the output folder cannot be made', async () => {
    const out = 'test/fixtures/small.json/results'
    expect(await drawdownBatch('test/fixtures/experiments/tiny.json', '--out', out, '--quiet')).toEqual({
      code: 1,
      out: '',
      err: `drawdown batch: cannot create the output folder ${out}: a part of the path is not a directory (ENOTDIR)\n`,
    })
  })

  it('prints its help', async () => {
    const help = await drawdownBatch('--help')
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^Usage: drawdown batch <experiment\.json> --out DIR/)
  })
})

describe('batch progress', () => {
  const at = (done: number, failed = 0) => ({
    done,
    total: 40,
    failed,
    doneThisSession: done,
    elapsedMs: done * 250,
    runsPerSecond: 4,
    etaMs: (40 - done) * 250,
  })

  it('reads as one line: done/total, rate, elapsed, ETA, failures', () => {
    expect(progressLine(at(12, 1))).toBe('12/40 runs, 4.00 runs/s, elapsed 0:03, ETA 0:07, 1 failed')
  })

  it('writes a plain line at most every interval in a log, and the last one always', () => {
    let clock = 0
    const lines: string[] = []
    const view = progressView((text) => lines.push(text), { tty: false, intervalMs: 5000, now: () => clock })
    for (let done = 0; done <= 40; done++) {
      clock = done * 250
      view.update(at(done))
    }
    view.update(at(40))
    view.finish()
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'batch: 0/40 runs',
      'batch: 20/40 runs',
      'batch: 40/40 runs',
    ])
  })

  it('redraws one live line on a terminal and ends it with a newline', () => {
    const writes: string[] = []
    const view = progressView((text) => writes.push(text), { tty: true, now: () => 0 })
    view.update(at(0))
    view.update(at(40))
    view.finish()
    const clearLine = '\r\u001b[2K'
    expect(writes[0]).toBe(`${clearLine}[${'.'.repeat(24)}] 0/40 runs, 4.00 runs/s, elapsed 0:00, ETA 0:10`)
    expect(writes[1].startsWith(`${clearLine}[${'#'.repeat(24)}] 40/40 runs`)).toBe(true)
    expect(writes.at(-1)).toBe('\n')
  })
})
