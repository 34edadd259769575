// Telling experiment files from scenario and JSON Schema files, and loading base scenarios from
// in-memory files the way the browser supplies them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isExperimentInput } from '../../src/experiment/detect.ts'
import { expandExperiment } from '../../src/experiment/expand.ts'
import { filesLoader, resolveRelative } from '../../src/experiment/files-browser.ts'
import { readExperimentFile } from '../../src/experiment/files-node.ts'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

describe('isExperimentInput', () => {
  it('recognises experiments by their keys or their $schema, and scenarios by their kind', () => {
    expect(isExperimentInput(JSON.parse(read('scenarios/experiments/smoke.json')))).toBe(true)
    expect(isExperimentInput({ name: 'x', scenario: 'a.json' })).toBe(true)
    expect(isExperimentInput({ $schema: '../experiments/schema.json', name: 'x' })).toBe(true)
    expect(isExperimentInput({ name: 'x', replicates: { seeds: [1] } })).toBe(true)
    expect(isExperimentInput(JSON.parse(read('scenarios/baseline.json')))).toBe(false)
    expect(isExperimentInput({ kind: 'ssr', name: 'x' })).toBe(false)
    expect(isExperimentInput([1, 2])).toBe(false)
  })
})

describe('filesLoader', () => {
  it('resolves paths relative to the experiment file', () => {
    expect(resolveRelative('experiments/smoke.json', '../baseline.json')).toBe('baseline.json')
    expect(resolveRelative('smoke.json', './base/a.json')).toBe('base/a.json')
    expect(resolveRelative('a/b/c.json', '../../d.json')).toBe('d.json')
  })

  it('expands an experiment from in-memory files exactly as from disk', () => {
    const files = {
      'experiments/smoke.json': read('scenarios/experiments/smoke.json'),
      'baseline.json': read('scenarios/baseline.json'),
    }
    const load = filesLoader(files, 'experiments/smoke.json')
    const inMemory = expandExperiment(JSON.parse(files['experiments/smoke.json']), load)
    const { input, load: fromDisk } = readExperimentFile(
      new URL('../../scenarios/experiments/smoke.json', import.meta.url).pathname,
    )
    const onDisk = expandExperiment(input, fromDisk)
    expect(inMemory.hash).toBe(onDisk.hash)
    expect(inMemory.runs).toEqual(onDisk.runs)
  })

  it('names a missing file like the Node loader does', () => {
    const load = filesLoader({}, 'experiments/x.json')
    expect(() => load('../baseline.json')).toThrow('../baseline.json: cannot read: no such file')
  })
})
