// Issue 11 in a real browser: a bad share link names every bad part in a panel that stays until
// closed (items 8, 9); a large ensemble in a link waits for a click (item 9); an engine worker that
// stops without a word is reported, and Reset starts a new one (item 11, in worker-liveness.test.ts).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MAX_TICKS } from '../../src/scenario/limits.ts'
import { connect, expectNoErrors, openApp, ready, tickOf, waitForTick } from './app-page.ts'

const listed = (page: import('playwright-core').Page) =>
  page
    .locator('#file-problems li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))

describe('hardening', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await connect()
  })
  afterAll(async () => {
    await browser.close()
  })

  it('names every bad part of a link, and the list stays until closed', async () => {
    const app = await openApp(browser, 'scenario=baseline&seed=abc&tick=-5&set=model.vision')
    const { page } = app
    await page.waitForSelector('#file-problems:not([hidden])')
    expect(await page.locator('#file-problems h2').textContent()).toBe('Share link: 3 problems')
    expect(await listed(page)).toEqual(['seed', 'tick', 'set'])
    // The default scenario loaded, and the list is still there after the page has moved on.
    await page.click('#step')
    await waitForTick(page, (tick) => tick >= 1)
    expect(await page.locator('#file-problems').isVisible()).toBe(true)
    await page.click('#file-problems-close')
    await expect.poll(() => page.locator('#file-problems').isVisible()).toBe(false)
    expectNoErrors(app)
    await app.context.close()
  })

  it('refuses set=__proto__=… as the command line does, naming the path', async () => {
    const app = await openApp(browser, `scenario=baseline&set=${encodeURIComponent('__proto__={"x":1}')}`)
    await app.page.waitForSelector('#file-problems:not([hidden])')
    expect(await app.page.locator('#file-problems li').first().textContent()).toMatch(
      /__proto__: unknown key/,
    )
    await app.context.close()
  })

  it('asks before a large ensemble from a link, and starts none by itself', async () => {
    const app = await openApp(browser, 'scenario=baseline&ensemble=400x1000')
    const { page } = app
    await page.waitForSelector('#question:not([hidden])')
    expect(await page.locator('#question-text').textContent()).toContain('400 runs of 1000 ticks')
    expect(
      await page.evaluate(() => (window as unknown as { __ensemble?: unknown }).__ensemble),
    ).toBeUndefined()
    await page.click('#question-no')
    await expect.poll(() => page.locator('#question').isVisible()).toBe(false)
    await app.context.close()
  })

  it('shows the progress of a long replay and cancels it, opening the scenario at tick 0', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}#scenario=epstein-civil-violence&tick=${MAX_TICKS}`)
    await page.waitForSelector('#replay-cancel:not([hidden])', { timeout: 30_000 })
    await expect
      .poll(() => page.locator('#replay-progress').evaluate((bar) => (bar as HTMLProgressElement).value), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0)
    await page.click('#replay-cancel')
    await page.waitForSelector('#notice[data-kind="info"]', { timeout: 30_000 })
    expect(await page.locator('#notice').textContent()).toMatch(
      new RegExp(`^Replay cancelled at tick \\d+ of ${MAX_TICKS}; the run starts at tick 0\\.`),
    )
    await ready(page)
    expect(await tickOf(page)).toBe(0)
    await context.close()
  })
})
