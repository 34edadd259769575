// The page's initial JavaScript stays small: at most 300 KB gzipped for the entry and the chunks
// it preloads. mathjs and the engine load only in the worker.
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ROOT } from './app-page.ts'

const DIST = `${ROOT}dist/`

describe('bundle', () => {
  it('loads at most 300 KB of gzipped JavaScript up front, without mathjs', () => {
    const html = readFileSync(`${DIST}index.html`, 'utf8')
    const initial = [
      ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g),
    ].map((m) => m[1])
    expect(initial.length).toBeGreaterThan(0)
    const sizes = initial.map((file) => gzipSync(readFileSync(`${DIST}${file}`)).length)
    const total = sizes.reduce((sum, size) => sum + size, 0)
    console.log(`initial JavaScript: ${initial.join(', ')}: ${(total / 1024).toFixed(1)} KB gzipped`)
    expect(total).toBeLessThanOrEqual(300 * 1024)
    for (const file of initial)
      expect(readFileSync(`${DIST}${file}`, 'utf8')).not.toMatch(/typed-function|mathjs/i)
    const worker = readdirSync(`${DIST}assets`).filter(
      (name) => name.startsWith('browser-') && name.endsWith('.js'),
    )
    expect(worker).toHaveLength(1)
  })
})
