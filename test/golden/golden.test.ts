// Golden series: each library scenario, run for a few ticks with its own seed, must give exactly
// the committed record (hashes of every observable and event, the last row, the outcome). A model
// change that moves any number fails here; when the change is intended, `npm run golden` rewrites
// the records (see README, "Tests").
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GOLDEN_DIR, goldenFile, goldenRecord, libraryScenarios } from './record.ts'

const HOW = 'if the change is intended, run `npm run golden` and commit test/golden/'

describe('golden series', () => {
  const names = libraryScenarios()

  it('has one record per library scenario and no other', () => {
    expect(names.length).toBeGreaterThan(5)
    const records = readdirSync(GOLDEN_DIR)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
      .sort()
    expect(records, HOW).toEqual(names)
  })

  it('tells runs apart: another seed gives other hashes', () => {
    const committed = JSON.parse(readFileSync(goldenFile('epstein-civil-violence'), 'utf8'))
    const other = goldenRecord('epstein-civil-violence', committed.seed + 1)
    expect(other.observables.sha256).not.toBe(committed.observables.sha256)
    expect(other.observables.columns).toEqual(committed.observables.columns)
  })

  for (const name of names) {
    it(`reproduces ${name} exactly`, () => {
      const file = goldenFile(name)
      expect(existsSync(file), `${file} is missing; ${HOW}`).toBe(true)
      const committed = JSON.parse(readFileSync(file, 'utf8'))
      expect(goldenRecord(name), `${name} changed; ${HOW}`).toEqual(committed)
    })
  }
})
