// The experiment worker's API, called in-process: it expands library experiments with the bundled
// scenarios, stores runs into the CLI's file formats, analyses them, and names bad input's path.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MemorySink } from '../../src/experiment/byte-sink.ts'
import { expandExperiment } from '../../src/experiment/expand.ts'
import { readExperimentFile } from '../../src/experiment/files-node.ts'
import { performRun } from '../../src/experiment/perform-run.ts'
import { ResultStore } from '../../src/experiment/results-store.ts'
import { libraryFiles } from '../../src/ui/experiment/experiment-library.ts'
import { createExperimentApi } from '../../workers/experiment-api.ts'

/** The repository (vitest runs from it; happy-dom's import.meta.url is not a file URL). */
const ROOT = `${process.cwd()}/`

describe('experiment worker API', () => {
  it('expands smoke.json from the bundled library as the CLI does and writes the same runs.csv', async () => {
    const api = createExperimentApi('test')
    const reply = api.expand(libraryFiles(), 'experiments/smoke.json')
    if (!reply.ok) throw new Error(reply.lines.join('\n'))
    const { input, load } = readExperimentFile(`${ROOT}scenarios/experiments/smoke.json`)
    const cli = expandExperiment(input, load)
    expect(reply.plan).toMatchObject({
      name: 'smoke',
      hash: cli.hash,
      runs: 6,
      armNames: ['abrupt', 'scheduled'],
    })
    expect(reply.plan.runSeeds).toEqual(cli.runs.map((spec) => spec.seed))

    await api.begin('csv', 2, '2026-01-01T00:00:00.000Z')
    const sinks = { runs: new MemorySink(), errors: new MemorySink() }
    const store = new ResultStore(cli.factorNames, sinks)
    await store.open()
    for (const spec of cli.runs) {
      expect(api.spec(spec.runId)).toEqual(spec)
      const record = { runId: spec.runId, ok: true as const, result: performRun(spec, cli.record) }
      await store.add(spec, record)
      await api.add({ runId: spec.runId, ok: true, result: performRun(spec, cli.record) })
    }
    await store.close()
    const { files, analysis } = await api.finish('2026-01-01T00:00:01.000Z')
    const runs = files.find((file) => file.name === 'runs.csv')?.bytes
    expect(new TextDecoder().decode(runs)).toBe(sinks.runs.text())
    expect(files.map((file) => file.name)).toEqual(['runs.csv', 'errors.csv', 'series.csv', 'manifest.json'])
    if (!analysis.ok) throw new Error(analysis.lines.join('\n'))
    expect(analysis.summary.groups.map((group) => group.arm)).toEqual(['abrupt', 'scheduled'])
    expect(analysis.files.map((file) => file.name)).toEqual(['summary.json', 'summary.csv'])
  })

  it('finds a base scenario chosen beside the experiment, and names a missing one', () => {
    const api = createExperimentApi()
    const experiment = readFileSync(`${ROOT}test/fixtures/experiments/tiny.json`, 'utf8')
    const scenarioPath = (JSON.parse(experiment) as { scenario: string }).scenario
    const scenarioName = scenarioPath.slice(scenarioPath.lastIndexOf('/') + 1)
    const scenario = readFileSync(`${ROOT}test/fixtures/experiments/${scenarioPath}`, 'utf8')
    expect(
      api.expand(
        { 'experiments/tiny.json': experiment, [`experiments/${scenarioName}`]: scenario },
        'experiments/tiny.json',
      ).ok,
    ).toBe(true)
    expect(api.expand({ 'experiments/tiny.json': experiment }, 'experiments/tiny.json')).toEqual({
      ok: false,
      lines: [
        `experiments/tiny.json: scenario: ${scenarioPath}: cannot read: no such file in the library or among the chosen files (choose it together with the experiment)`,
      ],
    })
  })

  it('reports invalid JSON and schema problems with the file and the path, never a stack trace', () => {
    const api = createExperimentApi()
    expect(api.expand({ 'experiments/bad.json': '{ "name": ' }, 'experiments/bad.json')).toMatchObject({
      ok: false,
      lines: [expect.stringMatching(/^experiments\/bad\.json: not valid JSON: /)],
    })
    const invalid = readFileSync(`${ROOT}test/fixtures/experiments/invalid.json`, 'utf8')
    const small = readFileSync(`${ROOT}test/fixtures/small.json`, 'utf8')
    expect(
      api.expand(
        { 'experiments/invalid.json': invalid, 'experiments/small.json': small },
        'experiments/invalid.json',
      ),
    ).toEqual({
      ok: false,
      lines: ['experiments/invalid.json: replicates.masterSed: unknown key (did you mean "masterSeed"?)'],
    })
  })

  it('analyses a results folder and names the file that is wrong', () => {
    const api = createExperimentApi()
    const dir = `${ROOT}test/fixtures/batch-results/smoke/`
    const runs = { path: 'smoke/runs.csv', text: readFileSync(`${dir}runs.csv`, 'utf8') }
    const manifest = {
      path: 'smoke/manifest.json',
      text: readFileSync(`${dir}manifest.json`, 'utf8'),
    }
    const reply = api.analyze(runs, manifest)
    expect(reply.ok && reply.summary.differences.length).toBeGreaterThan(0)
    expect(api.analyze(runs, { ...manifest, text: '[]' })).toEqual({
      ok: false,
      lines: ['smoke/manifest.json: must be a JSON object'],
    })
    expect(api.analyze({ ...runs, text: 'run_id\n' }, manifest)).toMatchObject({
      ok: false,
      lines: [expect.stringMatching(/^smoke\/runs\.csv: /)],
    })
  })
})
