// `drawdown run`: observables per tick as CSV, NDJSON or JSON; deterministic; presets and --set
// applied and validated like the file; run-time parameter errors reported as one line. Commands run
// in-process (`main` with a recording terminal); one real process checks stdout, exit code and
// DRAWDOWN_DEBUG, where the process boundary is the point.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { parseScenario } from '../../src/scenario/validate.ts'
import { drawdown, ROOT, STACK_TRACE } from './drawdown.ts'
import { cli } from './terminal.ts'

const SMALL = 'test/fixtures/small.json'

async function expectedRun(ticks: number, seed?: number) {
  const raw = JSON.parse(await readFile(join(ROOT, SMALL), 'utf8'))
  const simulation = createSimulation(parseScenario(raw), seed)
  simulation.step(ticks)
  return simulation
}

/** The CSV of a run cut after `ticks` ticks: the header and rows 0 … ticks. */
const firstTicks = (csv: string, ticks: number) =>
  `${csv
    .split('\n')
    .slice(0, ticks + 2)
    .join('\n')}\n`

const parseCsv = (text: string) => {
  const [header, ...rows] = text.trimEnd().split('\n')
  const names = header.split(',')
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [names[i], Number(cell)])))
}

describe.concurrent('drawdown run', () => {
  let dir: string
  let plain: Awaited<ReturnType<typeof drawdown>>
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawdown-cli-'))
    // A real process: the CSV must reach stdout, and nothing else may.
    plain = await drawdown(['run', SMALL])
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes CSV to stdout: a tick column, the observables, one row per tick from 0', async () => {
    const simulation = await expectedRun(50)
    expect(plain.code).toBe(0)
    expect(plain.stderr).toBe('')
    const lines = plain.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(['tick', ...simulation.observableNames].join(','))
    expect(lines).toHaveLength(1 + 51)
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      Array.from({ length: 51 }, (_, t) => String(t)),
    )
  })

  it('writes exactly the numbers of an in-process run with the scenario seed', async () => {
    const simulation = await expectedRun(50)
    const observed = simulation.observables()
    const rows = parseCsv(plain.stdout)
    for (const name of simulation.observableNames) {
      expect(
        rows.map((row) => row[name]),
        name,
      ).toEqual([...observed[name]])
    }
  })

  it('is byte-identical for the same seed and differs for another seed', async () => {
    const [first, again, seed5, seed6] = await Promise.all([
      cli(['run', SMALL]),
      cli(['run', SMALL]),
      cli(['run', SMALL, '--seed', '5']),
      cli(['run', SMALL, '--seed', '6']),
    ])
    expect(first.code).toBe(0)
    expect(again.stdout).toBe(first.stdout)
    expect(seed5.stdout).toBe(first.stdout) // 5 is the scenario's own seed
    expect(seed6.code).toBe(0)
    expect(seed6.stdout).not.toBe(first.stdout)
    expect(seed6.stdout.split('\n')[0]).toBe(first.stdout.split('\n')[0])
  })

  it('runs --ticks ticks instead of the scenario default', async () => {
    const result = await cli(['run', SMALL, '--ticks', '7', '--seed', '6'])
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1 + 8)
  })

  it('applies --set overrides, read as JSON or kept as expressions', async () => {
    const [constant, schedule] = await Promise.all([
      cli(['run', SMALL, '--ticks', '10', '--set', 'model.legitimacy=0.3']),
      cli(['run', SMALL, '--ticks', '10', '--set', 'model.legitimacy=0.9 - 0.05*t']),
    ])
    expect(constant.stderr).toBe('')
    expect(parseCsv(constant.stdout).map((row) => row.legitimacy)).toEqual(Array(11).fill(0.3))
    expect(parseCsv(schedule.stdout).map((row) => row.legitimacy)).toEqual(
      Array.from({ length: 11 }, (_, t) => 0.9 - 0.05 * t),
    )
  })

  it('applies --preset first and --set after it', async () => {
    const [preset, sameBySet, presetThenSet] = await Promise.all([
      cli(['run', SMALL, '--ticks', '10', '--preset', 'crisis']),
      cli(['run', SMALL, '--ticks', '10', '--set', 'model.legitimacy=0.5', '--set', 'model.copDensity=0.02']),
      cli(['run', SMALL, '--ticks', '10', '--preset', 'crisis', '--set', 'model.legitimacy=0.6']),
    ])
    expect(preset.code).toBe(0)
    expect(preset.stdout).toBe(sameBySet.stdout)
    // The preset changes the run: its ten ticks differ from the first ten of the plain run.
    const plainTen = await cli(['run', SMALL, '--ticks', '10'])
    expect(plainTen.stdout).toBe(firstTicks(plain.stdout, 10))
    expect(preset.stdout).not.toBe(plainTen.stdout)
    const rows = parseCsv(presetThenSet.stdout)
    expect(rows.map((row) => row.legitimacy)).toEqual(Array(11).fill(0.6))
    expect(rows[0].cops).toBe(parseCsv(preset.stdout)[0].cops)
  })

  it('runs each library scenario with its first preset, and the fixture with its preset', async () => {
    const library = (await readdir(join(ROOT, 'scenarios'))).filter(
      (n) => n.endsWith('.json') && n !== 'schema.json',
    )
    const cases = [{ file: SMALL, preset: 'crisis' }]
    for (const name of library) {
      const file = `scenarios/${name}`
      const presets = Object.keys(JSON.parse(await readFile(join(ROOT, file), 'utf8')).presets ?? {})
      if (presets.length > 0) cases.push({ file, preset: presets[0] })
    }
    const results = await Promise.all(
      cases.map(({ file, preset }) => cli(['run', file, '--preset', preset, '--ticks', '3'])),
    )
    results.forEach((result, i) => {
      // A scenario with a drawdown tells its outcome on stderr when the rows go to stdout.
      const stderr = result.stderr.startsWith('Drawdown outcome') ? '' : result.stderr
      expect({ ...cases[i], code: result.code, stderr }).toEqual({
        ...cases[i],
        code: 0,
        stderr: '',
      })
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(1 + 4)
    })
  })

  it('reports a bad override like a problem in the file, exit 1, nothing on stdout', async () => {
    const result = await cli(['run', SMALL, '--set', 'model.legitimacy=1.4', '--set', 'model.vison=3'])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'test/fixtures/small.json: model.vison: unknown key (did you mean "vision"?)\n' +
        'test/fixtures/small.json: model.legitimacy: must be between 0 and 1, got 1.4\n',
    })
  })

  it('reports an unknown preset with the presets there are', async () => {
    const result = await cli(['run', SMALL, '--preset', 'riot'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'test/fixtures/small.json: presets: unknown preset "riot"; available presets: "crisis"\n',
    )
  })

  it('reports an invalid schedule expression with its field and position', async () => {
    const result = await cli(['run', 'test/fixtures/bad-expression.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^test\/fixtures\/bad-expression\.json: model\.legitimacy: unknown name "tt" at position 11 in "0\.9 - 0\.01\*tt"/,
    )
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('stops with exit 1 when a schedule leaves its range during the run, writing nothing', async () => {
    const out = join(dir, 'never.csv')
    const args = ['run', SMALL, '--set', 'model.legitimacy=t/10', '--out', out]
    const [result, debug] = await Promise.all([cli(args), drawdown(args, { DRAWDOWN_DEBUG: '1' })])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'test/fixtures/small.json: model.legitimacy: must be between 0 and 1, got 1.1 at tick 11\n',
    })
    await expect(readFile(out)).rejects.toThrow('ENOENT')
    expect(result.stderr).not.toMatch(STACK_TRACE)
    // DRAWDOWN_DEBUG=1 adds the stack of the engine's error, for a bug report.
    expect(debug.code).toBe(1)
    expect(debug.stderr).toMatch(/ParameterError: model\.legitimacy[^\n]*\n\s+at /)
  })

  it('writes --out files whose format follows the extension, agreeing with each other', async () => {
    const files = ['run.csv', 'run.ndjson', 'run.json'].map((name) => join(dir, name))
    const results = await Promise.all(
      files.map((file) => cli(['run', SMALL, '--ticks', '20', '--out', file])),
    )
    for (const result of results) expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    const [csv, ndjson, json] = await Promise.all(files.map((file) => readFile(file, 'utf8')))
    const fromCsv = parseCsv(csv)
    expect(fromCsv).toHaveLength(21)
    expect(csv).toBe(firstTicks(plain.stdout, 20))
    expect(
      ndjson
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(fromCsv)
    expect(JSON.parse(json)).toEqual(fromCsv)
    expect(Object.keys(JSON.parse(json)[0])).toEqual(csv.split('\n')[0].split(','))
  })

  it('refuses an output folder that does not exist before it simulates anything', async () => {
    // A billion ticks would run for days: the answer comes at once because the folder is checked first.
    const missing = join(dir, 'runs', '1.csv')
    const result = await cli([
      'run',
      SMALL,
      '--ticks',
      '1000000000',
      '--out',
      missing,
      '--summary',
      join(dir, 's.json'),
    ])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `drawdown run: cannot write ${missing}: no folder ${join(dir, 'runs')} (create it first)\n`,
    })
    await expect(readFile(join(dir, 's.json'))).rejects.toThrow('ENOENT')
  })

  it('reports a file that is not JSON with its line and column', async () => {
    const file = join(dir, 'broken.json')
    await import('node:fs/promises').then((fs) => fs.writeFile(file, '{\n  "kind": "civil-violence",\n}\n'))
    const result = await cli(['run', file])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `${file}: not valid JSON: line 3, column 1: expected a property name in double quotes, got "}" (JSON allows no comma before "}")\n`,
    )
  })
})
