// Issue 11, item 11, in a real browser: an engine worker that stops without a word is reported, and
// Reset starts a new one. In a file of its own, with a browser of its own: after the other hardening
// tests in the same browser it timed out, alone it passes (an open question, noted on the issue).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, openApp, ready, tickOf, waitForTick } from './app-page.ts'

/** Keeps every Worker the page creates, so a test can stop one behind the bridge's back. */
const RECORD_WORKERS = `
  window.__workers = []
  const Original = window.Worker
  window.Worker = class extends Original {
    constructor(...args) { super(...args); window.__workers.push(this) }
  }`

describe('worker liveness', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await connect()
  })
  afterAll(async () => {
    await browser.close()
  })

  it('reports an engine worker that stops without a word, and Reset starts a new one', async () => {
    const app = await openApp(browser, '', RECORD_WORKERS)
    const { page } = app
    await page.evaluate(() => {
      for (const worker of (window as unknown as { __workers: Worker[] }).__workers) worker.terminate()
    })
    await page.waitForSelector('#notice[data-kind="error"]', { timeout: 20_000 })
    expect(await page.locator('#notice').textContent()).toContain(
      'the engine worker stopped without a word. Press Reset to start the engine again.',
    )
    await page.click('#reset')
    // The restart clears the notice once the new worker has loaded the run.
    await page.waitForSelector('#notice', { state: 'hidden', timeout: 30_000 })
    await ready(page)
    expect(await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.length)).toBe(2)
    await page.click('#step')
    await waitForTick(page, (tick) => tick >= 1)
    expect(await tickOf(page)).toBe(1)
    await app.context.close()
  })
})
