// Issue 11, item 12: served by a plain static server that sends no header at all, the app still
// runs, and inside the engine worker eval and new Function fail (the worker's own lockdown, since a
// page's meta-tag policy does not reach workers). See docs/DEPLOY.md.
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, ROOT } from './app-page.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** Files from dist/ with a content type and nothing else: no CSP, no other header. */
function plainServer(): Server {
  return createServer(async (request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]))
    const file = join(ROOT, 'dist', path === '/' ? 'index.html' : path)
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
}

describe('served with no headers', () => {
  let browser: Browser
  let server: Server
  let baseUrl: string
  beforeAll(async () => {
    browser = await connect()
    server = plainServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  })

  it('runs, and the engine worker refuses code from strings', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const worker = page.waitForEvent('worker')
    await page.goto(baseUrl)
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 })
    const engine = await worker
    // Playwright evaluates in a worker by handing the function's source to the worker's eval, so the
    // lockdown refuses it: exactly what a script injected as a string would meet.
    await expect(engine.evaluate(() => 1 + 1)).rejects.toThrow(
      'code generation from strings is disabled in the engine worker',
    )
    // The page itself is not locked down (its meta-tag policy governs it) and the run goes on.
    await page.click('#step')
    await page.waitForFunction(() => Number(document.body.dataset.tick) >= 1, undefined, { timeout: 30_000 })
    await context.close()
  })
})
