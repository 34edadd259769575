// Every unit test file that mocks a module is in the isolated list, and every listed file does.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MOCKING_FILES } from '../mocking-files.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('test isolation', () => {
  it('runs every file that mocks a module in the isolated project', () => {
    const mocking = testFiles('test').filter((path) =>
      /\bvi\.(mock|doMock)\(/.test(readFileSync(join(root, path), 'utf8')),
    )
    expect(mocking.sort()).toEqual([...MOCKING_FILES].sort())
  })
})
