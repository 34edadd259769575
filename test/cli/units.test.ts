// `drawdown run --units real`: the same columns, counts of agents as people and counts per tick as
// counts per month; the outcome's casualties as people. Checked in-process against the converter.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unitsFor } from '../../src/io/units.ts'
import { parseScenario } from '../../src/scenario/validate.ts'
import { ROOT } from './drawdown.ts'
import { cli } from './terminal.ts'

const SIERRA_LEONE = 'scenarios/sierra-leone.json'
const SMALL = ['--ticks', '6', '--set', 'world.width=40', '--set', 'world.height=40']

const table = (csv: string) => {
  const [header, ...rows] = csv.trimEnd().split('\n')
  return { header, rows: rows.map((row) => row.split(',').map(Number)) }
}

describe.concurrent('drawdown run --units', () => {
  it('writes real units under the same column names', async () => {
    const [model, real] = await Promise.all([
      cli(['run', SIERRA_LEONE, ...SMALL]),
      cli(['run', SIERRA_LEONE, ...SMALL, '--units', 'real']),
    ])
    expect(real.code).toBe(0)
    const a = table(model.stdout)
    const b = table(real.stdout)
    expect(b.header).toBe(a.header)
    const names = a.header.split(',')
    const scenario = parseScenario(JSON.parse(await readFile(join(ROOT, SIERRA_LEONE), 'utf8')))
    const column = (name: string) => names.indexOf(name)
    for (const name of ['citizens.count', 'police.count', 'arrests', 'violence.rate', 'police.trust']) {
      const { scale } = unitsFor(scenario, name, 'real')
      expect(
        b.rows.map((row) => row[column(name)]),
        name,
      ).toEqual(a.rows.map((row) => scale * row[column(name)]))
    }
    // 737 people per citizen agent in this scenario: the counts really changed.
    expect(b.rows[0][column('citizens.count')]).toBe(737 * a.rows[0][column('citizens.count')])
    const casualties = (rows: number[][]) => rows.reduce((sum, row) => sum + row[column('casualties')], 0)
    expect(real.stderr).toMatch(/\n {2}casualties: \d+ people \(\d+ agents\)\n$/)
    expect(real.stderr).toContain(`(${casualties(a.rows)} agents)`)
    expect(model.stderr).toContain(`  casualties: ${casualties(a.rows)}\n`)
  })

  it('defaults to model units and refuses a mode it does not know', async () => {
    const [plain, model, wrong] = await Promise.all([
      cli(['run', 'test/fixtures/small.json', '--ticks', '3']),
      cli(['run', 'test/fixtures/small.json', '--ticks', '3', '--units', 'model']),
      cli(['run', 'test/fixtures/small.json', '--units', 'people']),
    ])
    expect(model.stdout).toBe(plain.stdout)
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr: 'drawdown run: --units must be model or real, got "people" (see drawdown run --help)\n',
    })
  })
})
