// What-if: branch run B from the current state with a changed setting and see both series and
// B − A; run an ensemble of seeds in background workers; change a parameter mid-run; and see an
// engine error as a plain message.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppPage,
  connect,
  expectNoErrors,
  openApp,
  pause,
  screenshot,
  tickOf,
  waitForTick,
} from './app-page.ts'

/** Long tasks on the main thread, gathered from the start. */
const LONG_TASKS = `
  window.__longTasks = []
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }) })
    .observe({ type: 'longtask', buffered: true })
`

let browser: Browser
const open: AppPage[] = []
beforeAll(async () => {
  browser = await connect()
})
afterAll(async () => {
  for (const app of open) await app.context.close()
  await browser.close()
})

describe('what-if', () => {
  it('branches run B here and overlays A and B with B − A', async () => {
    const opened = await openApp(browser, 'scenario=epstein-civil-violence&seed=2&tick=30')
    open.push(opened)
    const { page } = opened
    await page.click('#branch')
    await expect.poll(() => page.locator('#edit-b').isChecked()).toBe(true)
    const copDensity = page.locator('.param[data-path="model.copDensity"] input[type="text"]')
    await copDensity.fill('0.01')
    await page.keyboard.press('Enter')
    await page.waitForTimeout(200)
    await page.selectOption('#speed', '0')
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 120)
    await pause(page)
    const chart = page.locator('figure.chart[data-chart="citizens"]')
    expect(await chart.locator('path[data-series="A:active"]').count()).toBe(1)
    expect(await chart.locator('path[data-series="B:active"]').count()).toBe(1)
    const a = await chart.locator('path[data-series="A:active"]').getAttribute('d')
    const b = await chart.locator('path[data-series="B:active"]').getAttribute('d')
    expect(a).not.toBe(b)
    expect(
      await page.locator('figure.chart[data-chart="difference"] path[data-series="B-A:active"]').count(),
    ).toBe(1)
    expect(await page.locator('#export-csv-b').isVisible()).toBe(true)
    await page.locator('.event-list button.event').first().click()
    await expect.poll(() => chart.locator('.highlight').count()).toBe(1)
    await screenshot(page, 'branch')
    expectNoErrors(opened)
  })

  it('runs an ensemble in workers, shows bands, and keeps the page responsive', async () => {
    const opened = await openApp(browser, 'scenario=epstein-civil-violence&seed=1&tick=0', LONG_TASKS)
    open.push(opened)
    const { page } = opened
    await page.click('#ensemble-open')
    await page.fill('#ensemble-runs', '8')
    await page.fill('#ensemble-ticks', '150')
    const started = await page.evaluate(() => performance.now())
    await page.click('#ensemble-start')
    // The page keeps stepping while the ensemble runs.
    await page.click('#step')
    await waitForTick(page, (tick) => tick === 1)
    await page.waitForSelector('#ensemble .status:text("8 of 8 runs of 150 ticks done.")', {
      timeout: 60_000,
    })
    expect(await page.locator('#ensemble figure.chart').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('#ensemble path[data-series="median:active"]').count()).toBe(1)
    const tasks = await page.evaluate(
      (from) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
          (task) => task.start >= from,
        ),
      started,
    )
    const longest = Math.max(0, ...tasks.map((task) => task.duration))
    console.log(`ensemble: ${tasks.length} long tasks while it ran, longest ${longest.toFixed(0)} ms`)
    expect(longest).toBeLessThan(200)
    await page.locator('#ensemble').scrollIntoViewIfNeeded()
    await screenshot(page, 'ensemble')
    expectNoErrors(opened)
  })

  it('applies a parameter change from the next tick', async () => {
    const opened = await openApp(browser, 'scenario=epstein-civil-violence&seed=4&tick=10')
    open.push(opened)
    const { page } = opened
    const legitimacy = page.locator('.param[data-path="model.legitimacy"] input[type="text"]')
    await legitimacy.fill('0.5')
    await page.keyboard.press('Enter')
    await page.waitForTimeout(200)
    await page.click('#step')
    await waitForTick(page, (tick) => tick === 11)
    const { exportCsv } = await import('./app-page.ts')
    const rows = (await exportCsv(page)).trim().split('\n')
    const column = rows[0].split(',').indexOf('legitimacy')
    expect(rows[11].split(',')[column]).toBe('0.82')
    expect(rows[12].split(',')[column]).toBe('0.5')
    expectNoErrors(opened)
  })

  it('shows a schedule that leaves its range at run time as a plain message, never a stack trace', async () => {
    const opened = await openApp(
      browser,
      `scenario=epstein-civil-violence&seed=1&tick=0&set=${encodeURIComponent('model.legitimacy="0.5 - 0.01 * t"')}`,
    )
    open.push(opened)
    const { page } = opened
    await page.selectOption('#speed', '0')
    await page.click('#play')
    await page.waitForSelector('#notice[data-kind="error"]', { timeout: 20_000 })
    const text = (await page.locator('#notice').textContent()) ?? ''
    expect(text).toContain('model.legitimacy')
    expect(text).toContain('at tick 51')
    expect(text).not.toMatch(/\n\s+at |\.ts:\d+|\.js:\d+/)
    expect(await tickOf(page)).toBe(50)
    expect(await page.locator('#play').textContent()).toBe('Play')
    expectNoErrors(opened)
  })
})
