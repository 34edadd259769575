// The docs, the README, the scenarios and the lessons name test files as evidence ("checked by
// test/validation/ssr-drawdown.test.ts"); each one named must exist, so that a renamed or merged test
// file fails here until the text that cites it is updated.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Files under `dir` whose names end in `ending`, as paths from the repository's root. */
const files = (dir: string, ending: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => `${dir}/${name}`)

const testFileNames = new Set(files('test', '.test.ts').map((path) => path.slice(path.lastIndexOf('/') + 1)))
const citing = ['README.md', ...files('docs', '.md'), ...files('scenarios', '.json')]

describe('test files cited in the docs', () => {
  it('reads the test tree', () => expect(testFileNames.has('test-references.test.ts')).toBe(true))

  for (const path of citing)
    it(`${path}: every test file it names exists`, () => {
      const text = readFileSync(join(root, path), 'utf8')
      const missing = [...text.matchAll(/(test\/[\w/.-]+\.test\.ts)|([\w.-]+\.test\.ts)/g)].filter(
        ([, fullPath, name]) => (fullPath ? !existsSync(join(root, fullPath)) : !testFileNames.has(name)),
      )
      expect(missing.map(([match]) => match)).toEqual([])
    })
})
