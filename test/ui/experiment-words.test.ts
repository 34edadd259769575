// The Experiment view's words and chosen-file logic: progress lines, intervals, which chosen
// file is the experiment, and which files make a results folder.
import { describe, expect, it } from 'vitest'
import { experimentFiles, resultsFiles } from '../../src/ui/experiment/chosen-files.ts'
import { resultFileName } from '../../src/ui/experiment/run-experiment.ts'
import { groupWords, num, progressWords, withInterval } from '../../src/ui/experiment/words.ts'

const progress = {
  done: 4,
  total: 6,
  failed: 1,
  doneThisSession: 4,
  elapsedMs: 2000,
  runsPerSecond: 2,
  etaMs: 1000,
}

describe('experiment words', () => {
  it('words progress as done of total, rate, elapsed, time left and failures', () => {
    expect(progressWords(progress)).toBe('4 of 6 runs · 2.0 runs/s · 2 s elapsed · about 1 s left · 1 failed')
    expect(
      progressWords({
        ...progress,
        done: 0,
        doneThisSession: 0,
        runsPerSecond: 0,
        etaMs: null,
        failed: 0,
        elapsedMs: 0,
      }),
    ).toBe('0 of 6 runs · 0 s elapsed · 0 failed')
    expect(progressWords({ ...progress, done: 6, etaMs: 0, elapsedMs: 125_000 })).toBe(
      '6 of 6 runs · 2.0 runs/s · 2 min 05 s elapsed · 1 failed',
    )
  })

  it('writes an estimate with its interval, and a dash for none or a median not reached', () => {
    expect(withInterval({ estimate: 1 / 3, lower: 0.0615, upper: 0.7923 })).toBe('0.333 (0.0615–0.792)')
    expect(withInterval({ estimate: 12, lower: 8, upper: null })).toBe('12 (8––)')
    expect(withInterval({ estimate: null, lower: null, upper: null })).toBe('–')
    expect(withInterval(null)).toBe('–')
    expect(num(Number.NaN)).toBe('–')
    expect(groupWords({ 'reform.politicalWill': 0.123456 }, 'abrupt')).toBe(
      'abrupt, reform.politicalWill 0.123',
    )
    expect(groupWords({}, '')).toBe('all runs')
  })

  it('names downloads after the experiment', () => {
    expect(resultFileName('smoke', { name: 'runs.csv' })).toBe('smoke-runs.csv')
    expect(resultFileName('my run/2', { name: 'series.parquet' })).toBe('my-run-2-series.parquet')
  })
})

describe('chosen files', () => {
  const library = { 'baseline.json': '{}', 'experiments/smoke.json': '{}' }
  const experiment = { path: 'mine.json', text: '{"scenario": "./country.json", "arms": []}' }
  const scenario = { path: 'country.json', text: '{"kind": "drawdown"}' }

  it('places the experiment and the scenarios chosen with it in the experiments folder, beside the library', () => {
    const prepared = experimentFiles(library, [scenario, experiment])
    expect(prepared).toEqual({
      files: {
        ...library,
        'experiments/mine.json': experiment.text,
        'experiments/country.json': scenario.text,
      },
      path: 'experiments/mine.json',
      shown: 'mine.json',
    })
  })

  it('takes a single file as the experiment, whatever it holds, so expansion can say what is wrong', () => {
    expect(experimentFiles(library, [{ path: 'broken.json', text: '{' }])).toMatchObject({
      path: 'experiments/broken.json',
    })
  })

  it('says when no chosen file, or more than one, is an experiment', () => {
    expect(experimentFiles(library, [])).toEqual({ error: 'choose an experiment file (.json)' })
    expect(experimentFiles(library, [scenario, { path: 'b.json', text: '{"kind": "x"}' }])).toEqual({
      error:
        'country.json, b.json: no experiment file among them (an experiment has "scenario" and "arms", "factors" or "replicates")',
    })
    expect(experimentFiles(library, [experiment, { ...experiment, path: 'other.json' }])).toEqual({
      error: 'choose one experiment at a time, got mine.json, other.json',
    })
  })

  it('finds runs.csv and manifest.json in a chosen folder, the shallowest of each, or says which is missing', () => {
    const folder = [
      { path: 'results/smoke/runs.csv', text: 'a' },
      { path: 'results/smoke/old/runs.csv', text: 'old' },
      { path: 'results/smoke/manifest.json', text: '{}' },
      { path: 'results/smoke/series.csv', text: '' },
    ]
    expect(resultsFiles(folder)).toEqual({ runs: folder[0], manifest: folder[2] })
    expect(resultsFiles([folder[3]])).toEqual({
      error:
        'runs.csv and manifest.json missing among results/smoke/series.csv: choose a folder written by drawdown batch',
    })
    expect(resultsFiles([])).toEqual({
      error: 'runs.csv and manifest.json missing among no files: choose a folder written by drawdown batch',
    })
  })
})
