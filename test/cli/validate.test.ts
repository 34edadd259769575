// `drawdown validate`: "ok: FILE" per valid file, every problem of every invalid file, exit 0 or 1.
import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ROOT, STACK_TRACE } from './drawdown.ts'
import { cli } from './terminal.ts'

describe.concurrent('drawdown validate', () => {
  it('accepts the scenario library and the valid fixtures', async () => {
    const library = (await readdir(`${ROOT}scenarios`))
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .map((name) => `scenarios/${name}`)
    const files = [...library, 'test/fixtures/small.json']
    expect(await cli(['validate', ...files])).toEqual({
      code: 0,
      stdout: files.map((file) => `ok: ${file}\n`).join(''),
      stderr: '',
    })
  })

  it('validates experiment files with their base scenario and skips JSON Schema files', async () => {
    const result = await cli([
      'validate',
      'scenarios/schema.json',
      'scenarios/experiments/smoke.json',
      'scenarios/experiments/schema.json',
      'scenarios/lessons/schema.json',
    ])
    expect(result).toEqual({
      code: 0,
      stdout: [
        'skipped: scenarios/schema.json (a JSON Schema for editors, not a scenario)',
        'ok: scenarios/experiments/smoke.json (experiment: 6 runs)',
        'skipped: scenarios/experiments/schema.json (a JSON Schema for editors, not a scenario)',
        'skipped: scenarios/lessons/schema.json (a JSON Schema for editors, not a scenario)',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  it('lists every problem of an experiment file at its path', async () => {
    const result = await cli(['validate', 'test/fixtures/experiments/invalid.json'])
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'test/fixtures/experiments/invalid.json: replicates.masterSed: unknown key (did you mean "masterSeed"?)',
    ])
    expect(result.stderr).not.toMatch(STACK_TRACE)
  })

  it('lists every problem of every file and exits 1', async () => {
    const result = await cli([
      'validate',
      'test/fixtures/invalid.json',
      'test/fixtures/small.json',
      'test/fixtures/bad-expression.json',
      'test/fixtures/missing.json',
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('ok: test/fixtures/small.json\n')
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'test/fixtures/invalid.json: ticks: must be at least 1, got 0',
      'test/fixtures/invalid.json: model.vison: unknown key (did you mean "vision"?)',
      'test/fixtures/invalid.json: model.legitimacy: must be between 0 and 1, got 1.4',
      expect.stringMatching(
        /^test\/fixtures\/bad-expression\.json: model\.legitimacy: unknown name "tt" at position 11/,
      ),
      'test/fixtures/missing.json: cannot read: no such file',
    ])
    expect(result.stderr).not.toMatch(STACK_TRACE)
  })
})
