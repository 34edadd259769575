// Scenario files that are not JSON: one line naming the file, line and column, never a stack.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../src/io/json-syntax.ts'
import { loadScenarioFile, ScenarioFileError } from '../../src/io/node-files.ts'
import { parseScenarioText } from '../../src/io/scenario-text.ts'

describe('findJsonSyntaxError', () => {
  it('finds the line and column of the first error', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": }\n')).toEqual({
      offset: 19,
      line: 3,
      column: 8,
      message: 'expected a value, got "}"',
    })
  })

  it('explains the usual mistakes', () => {
    const message = (text: string) => findJsonSyntaxError(text)?.message
    expect(message('{"a": 1,}')).toBe(
      'expected a property name in double quotes, got "}" (JSON allows no comma before "}")',
    )
    expect(message('[1, 2,]')).toBe('expected a value, got "]" (JSON allows no comma before "]")')
    expect(message("{'a': 1}")).toBe('expected a property name in double quotes, got "\'"')
    expect(message('{"a": \'x\'}')).toBe('expected a value, got "\'" (strings take double quotes)')
    expect(message('{"a": 1 // note\n}')).toBe(
      'expected "," or "}" after a property value, got a comment (JSON has none)',
    )
    expect(message('{"a": 1')).toBe('expected "," or "}" after a property value, got the end of the file')
    expect(message('{"a": "x')).toBe('string not closed before the end of the file')
    expect(message('{"a": 01}')).toBe('invalid number')
    expect(message('{} {}')).toBe('unexpected "{" after the end of the JSON value')
    expect(message('  \n')).toBe('the file is empty; expected a JSON object')
  })

  it('agrees with JSON.parse on what is valid, over many mutated documents', () => {
    const base = '{"kind":"civil-violence","ticks":[1,2.5e-3,-0],"s":"a\\"b\\u00e9","t":true,"n":null,"o":{}}'
    const alphabet = ['{', '}', '[', ']', '"', ',', ':', '0', '-', '.', 'e', ' ', '\\', 'x', 't', 'n', '/']
    let seed = 12345
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    let invalid = 0
    for (let i = 0; i < 3000; i++) {
      const at = Math.floor(random() * base.length)
      const mutation = alphabet[Math.floor(random() * alphabet.length)]
      const text =
        random() < 0.5
          ? base.slice(0, at) + mutation + base.slice(at + 1)
          : base.slice(0, at) + base.slice(at + 1)
      let valid = true
      try {
        JSON.parse(text)
      } catch {
        valid = false
        invalid++
      }
      expect({ text, valid: findJsonSyntaxError(text) === undefined }).toEqual({ text, valid })
    }
    expect(invalid).toBeGreaterThan(1000)
  })
})

describe('parseScenarioText and loadScenarioFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drawdown-io-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads JSON, allowing a byte-order mark', async () => {
    const file = join(dir, 'bom.json')
    await writeFile(file, '\uFEFF{"kind": "civil-violence"}')
    expect(await loadScenarioFile(file)).toEqual({ kind: 'civil-violence' })
  })

  it('names the file, line and column of a syntax error in one line', () => {
    expect(() => parseScenarioText('{\n  "ticks": 10,\n}\n', 'x.json')).toThrow(
      new ScenarioFileError(
        'x.json',
        'not valid JSON: line 3, column 1: expected a property name in double quotes, got "}" (JSON allows no comma before "}")',
      ),
    )
  })

  it('reports a missing file or a directory without a stack trace', async () => {
    const missing = join(dir, 'missing.json')
    await expect(loadScenarioFile(missing)).rejects.toThrow(`${missing}: cannot read: no such file`)
    await expect(loadScenarioFile(dir)).rejects.toThrow(`${dir}: cannot read: is a directory, not a file`)
  })
})
