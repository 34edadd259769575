// `drawdown run --events` and `--summary`: the run's notable events as NDJSON and the drawdown's
// outcome as JSON, equal to an in-process run; the outcome told on stderr when the rows go to stdout.
// The command runs in-process (`main` with a recording terminal).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulation, type Simulation } from '../../src/engine/simulation.ts'
import { prepareScenario } from '../../src/io/prepare.ts'
import { ROOT } from './drawdown.ts'
import { cli } from './terminal.ts'

const BASELINE = 'scenarios/baseline.json'
const TICKS = 200
/** A small baseline, fast to run; its scheduled drawdown has not begun to end by tick 200. */
const SMALL = ['--set', 'world.width=60', '--set', 'world.height=60', '--ticks', String(TICKS)]
/** The same with the mission leaving at tick 50, so that the run has an exit and a verdict. */
const EXITED = [...SMALL, '--set', 'drawdown.policy=abrupt', '--set', 'drawdown.exitTick=50']

const reference = new Map<string, Promise<Simulation>>()

/** The run the CLI makes for these `--set` overrides, made in-process once and shared by the tests. */
function inProcess(file: string, args: readonly string[], ticks = TICKS): Promise<Simulation> {
  const key = JSON.stringify([file, args, ticks])
  if (!reference.has(key)) reference.set(key, simulate(file, args, ticks))
  return reference.get(key)!
}

async function simulate(file: string, args: readonly string[], ticks: number) {
  const overrides = args.flatMap((arg, i) => (args[i - 1] === '--set' ? [arg] : []))
  const raw = JSON.parse(await readFile(join(ROOT, file), 'utf8'))
  const prepared = prepareScenario(raw, { overrides })
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems))
  const simulation = createSimulation(prepared.scenario)
  simulation.step(ticks)
  return simulation
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '')

describe.concurrent('drawdown run --events and --summary', () => {
  let dir: string
  const file = (name: string) => join(dir, name)
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawdown-outcome-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the events as NDJSON, oldest first, with district names, byte-identical per seed', async () => {
    const [first, again] = await Promise.all(
      ['events-1.ndjson', 'events-2.ndjson'].map((name) =>
        cli(['run', BASELINE, ...EXITED, '--out', file(`${name}.csv`), '--events', file(name)]),
      ),
    )
    expect(first).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(again.code).toBe(0)
    const text = await readFile(file('events-1.ndjson'), 'utf8')
    expect(await readFile(file('events-2.ndjson'), 'utf8')).toBe(text)
    expect(text.endsWith('\n')).toBe(true)
    const events = lines(text).map((line) => JSON.parse(line))
    expect(events.map((event) => event.kind)).toEqual(expect.arrayContaining(['handover', 'exit']))
    const simulation = await inProcess(BASELINE, EXITED)
    const names = simulation.frame().districtNames ?? []
    for (const event of events) {
      expect(Object.keys(event)).toEqual(['tick', 'kind', 'district', 'districtName', 'cause'])
      expect(event.tick).toBeGreaterThanOrEqual(0)
      expect(event.tick).toBeLessThanOrEqual(TICKS)
      expect(event.districtName).toBe(event.district === null ? null : names[event.district])
    }
    const ticks = events.map((event) => event.tick)
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b))
    expect(events.find((event) => event.kind === 'exit')).toMatchObject({ tick: 50, districtName: null })
    expect(events.map(({ districtName, ...event }) => event)).toEqual(simulation.events())
  })

  it('writes the outcome summary as JSON equal to the same run made in-process', async () => {
    const [exited, running] = await Promise.all([
      cli(['run', BASELINE, ...EXITED, '--out', file('exited.csv'), '--summary', file('exited.json')]),
      cli(['run', BASELINE, ...SMALL, '--out', file('running.csv'), '--summary', file('running.json')]),
    ])
    expect([exited, running]).toEqual([
      { code: 0, stdout: '', stderr: '' },
      { code: 0, stdout: '', stderr: '' },
    ])
    const text = await readFile(file('exited.json'), 'utf8')
    expect(text).toMatch(/^\{\n {2}"exitTick": 50,\n/)
    const summary = JSON.parse(text)
    expect(summary).toEqual((await inProcess(BASELINE, EXITED)).outcome())
    expect(summary.ticksObservedAfterExit).toBe(TICKS - 50)
    expect(['durable', 'fragile', 'relapse']).toContain(summary.outcome)
    const notExited = JSON.parse(await readFile(file('running.json'), 'utf8'))
    expect(notExited).toEqual((await inProcess(BASELINE, SMALL)).outcome())
    expect(notExited).toMatchObject({ exitTick: null, outcome: 'not-exited', trustAtExit: null })
  })

  it('tells the outcome on stderr when the rows go to stdout, and only then', async () => {
    const [toStdout, withSummary, toFile] = await Promise.all([
      cli(['run', BASELINE, ...EXITED]),
      cli(['run', BASELINE, ...EXITED, '--summary', file('told.json')]),
      cli(['run', BASELINE, ...EXITED, '--out', file('quiet.csv')]),
    ])
    expect(toStdout.code).toBe(0)
    expect(toStdout.stdout).toBe(await readFile(file('quiet.csv'), 'utf8'))
    const summary = JSON.parse(await readFile(file('told.json'), 'utf8'))
    const told = lines(toStdout.stderr)
    expect(told.slice(0, 2)).toEqual([
      `Drawdown outcome (${BASELINE}, seed 1, ${TICKS} ticks)`,
      '  exit: tick 50 (year 1.0)',
    ])
    expect(told[2]).toMatch(
      new RegExp(`^ {2}outcome: ${summary.outcome} — peak post-exit violence \\d+\\.\\d \\(relapse above 20`),
    )
    expect(toStdout.stderr).toContain(`  casualties: ${summary.casualties}\n`)
    expect(toStdout.stderr).toContain(`  trust at exit: police ${summary.trustAtExit.police.toFixed(2)}, `)
    expect(withSummary.stderr).toBe(toStdout.stderr)
    expect(toFile).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('tells a run that has not exited yet as such', async () => {
    const result = await cli(['run', BASELINE, ...SMALL])
    expect(result.code).toBe(0)
    expect(lines(result.stderr).slice(1, 3)).toEqual([
      `  exit: not yet — peacekeepers still deployed at tick ${TICKS} (year 3.8)`,
      '  outcome: not exited',
    ])
  })

  it('writes null and says so for a kind without a drawdown; its events have no district', async () => {
    const epstein = 'scenarios/epstein-civil-violence.json'
    const [withSummary, plain] = await Promise.all([
      cli([
        'run',
        epstein,
        '--ticks',
        '100',
        '--out',
        file('epstein.csv'),
        '--summary',
        file('epstein.json'),
        '--events',
        file('epstein.ndjson'),
      ]),
      cli(['run', epstein, '--ticks', '3']),
    ])
    expect(withSummary).toEqual({
      code: 0,
      stdout: '',
      stderr: `drawdown run: no drawdown in this scenario kind (civil-violence); ${file('epstein.json')} holds null\n`,
    })
    expect(await readFile(file('epstein.json'), 'utf8')).toBe('null\n')
    const events = lines(await readFile(file('epstein.ndjson'), 'utf8')).map((line) => JSON.parse(line))
    expect(events).toEqual(
      (await inProcess(epstein, [], 100)).events().map((event) => ({ ...event, districtName: null })),
    )
    expect(plain.stderr).toBe('')
  })

  it('writes an empty events file when nothing notable happened', async () => {
    expect((await inProcess('scenarios/epstein-peacekeeping.json', [], 2)).events()).toEqual([])
    const result = await cli([
      'run',
      'scenarios/epstein-peacekeeping.json',
      '--ticks',
      '2',
      '--events',
      file('none.ndjson'),
      '--out',
      file('none.csv'),
    ])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(await readFile(file('none.ndjson'), 'utf8')).toBe('')
  })
})
