// Every unit test file that mocks a module is in the isolated list, and every listed file does.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MOCKING_FILES } from '../mocking-files.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Test files under `dir`, as paths from the repository's root. */
const testFiles = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`)

describe('test isolation', () => {
  it('runs every file that mocks a module in the isolated project', () => {
    const mocking = testFiles('test').filter((path) =>
      /\bvi\.(mock|doMock)\(/.test(readFileSync(join(root, path), 'utf8')),
    )
    expect(mocking.sort()).toEqual([...MOCKING_FILES].sort())
  })
})
