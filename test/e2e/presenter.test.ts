// Presenter mode on a projector: at 1280 × 720 and 1920 × 1080 the map, the key charts and the
// controls fit one screen with nothing cut off, and the axe scan stays clean. Also saves a
// screenshot of every view at 1280 × 720 (test-results/screenshots/), for people to look at.
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppPage,
  connect,
  expectNoErrors,
  openApp,
  overflowingText,
  pause,
  screenshot,
  settled,
  waitForTick,
} from './app-page.ts'

let browser: Browser
const open: AppPage[] = []
beforeAll(async () => {
  browser = await connect()
})
afterAll(async () => {
  for (const app of open) await app.context.close()
  await browser.close()
})

const SMALL_BASELINE = 'scenario=baseline&seed=1&set=world.width=80&set=world.height=80'

async function app(fragment: string, width = 1280, height = 720) {
  const opened = await openApp(browser, fragment, undefined, { width, height })
  open.push(opened)
  return opened
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Everything presenter mode promises, at the page's size. */
async function checkOneScreen(page: Page, keyCharts = 3) {
  const size = page.viewportSize()!
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(size.height)
  for (const selector of ['canvas.map-canvas', '#play', '#tick', 'figure.chart.key:visible >> nth=-1']) {
    const box = await page.locator(selector).boundingBox()
    expect(box, selector).not.toBeNull()
    expect(box!.y + box!.height, selector).toBeLessThanOrEqual(size.height + 1)
    expect(box!.x + box!.width, selector).toBeLessThanOrEqual(size.width + 1)
  }
  const charts = await page.locator('figure.chart.key:visible').count()
  expect(charts).toBeGreaterThanOrEqual(keyCharts)
  expect(await overflowingText(page)).toEqual([])
}

describe('presenter mode', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ])
    it(`fits map, key charts and controls in one ${width} × ${height} screen with no clipped text`, async () => {
      const opened = await app(`${SMALL_BASELINE}&tick=300`, width, height)
      const { page } = opened
      await page.click('#branch')
      await expect.poll(() => page.locator('#unbranch').isVisible()).toBe(true)
      await page.click('#presenter')
      await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true)
      await page.selectOption('#speed', '0')
      await page.click('#play')
      await waitForTick(page, (tick) => tick >= 360, 60_000)
      await pause(page)
      await settled(page)
      await page.waitForTimeout(500)
      await screenshot(page, `presenter-${width}x${height}`, false)
      await checkOneScreen(page)
      expect(await axe(page)).toEqual([])
      expectNoErrors(opened)
    }, 180_000)

  it('keeps a lesson, the map and the charts in one screen at 1280 × 720', async () => {
    const opened = await app('lesson=punctuated-equilibrium')
    const { page } = opened
    await page.selectOption('#speed', '0')
    await page.click('#presenter')
    await settled(page)
    await page.waitForTimeout(400)
    await screenshot(page, 'presenter-lesson-1280x720', false)
    // Model I has one key chart, the citizens' states.
    await checkOneScreen(page, 1)
    expect(await page.locator('#lesson-question').isVisible()).toBe(true)
    expect(await axe(page)).toEqual([])
    expectNoErrors(opened)
  })
})

describe('every view at 1280 × 720', () => {
  it('saves normal, branched, help, question, ensemble and lesson screenshots', async () => {
    const opened = await app(`${SMALL_BASELINE}&tick=200`)
    const { page } = opened
    await screenshot(page, 'view-normal')
    await page.click('#branch')
    await expect.poll(() => page.locator('#unbranch').isVisible()).toBe(true)
    await page.selectOption('#speed', '0')
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 260, 60_000)
    await pause(page)
    await settled(page)
    await screenshot(page, 'view-branched')
    await page.selectOption('#preset', 'abrupt-exit-year-2')
    await expect.poll(() => page.locator('#question').isVisible()).toBe(true)
    await screenshot(page, 'view-question', false)
    await page.click('#question-no')
    await page.click('#help')
    await expect.poll(() => page.locator('#help-dialog').isVisible()).toBe(true)
    await screenshot(page, 'view-help', false)
    await page.keyboard.press('Escape')
    await page.click('#ensemble-open')
    await page.fill('#ensemble-runs', '3')
    await page.fill('#ensemble-ticks', '60')
    await page.click('#ensemble-start')
    await page.waitForSelector('#ensemble .status:text("3 of 3 runs of 60 ticks done.")', { timeout: 90_000 })
    await page.locator('#ensemble').scrollIntoViewIfNeeded()
    await screenshot(page, 'view-ensemble', false)
    expectNoErrors(opened)
  }, 180_000)
})
