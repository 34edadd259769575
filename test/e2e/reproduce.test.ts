// The page computes what the command line computes: its CSV export for seed S after N ticks is
// byte for byte `drawdown run … --seed S --ticks N`, and a share link reopened in a fresh page
// replays the same run, parameter changes and branch included.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppPage,
  cliCsv,
  connect,
  expectNoErrors,
  exportCsv,
  openApp,
  pause,
  ready,
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

async function app(fragment = '') {
  const opened = await openApp(browser, fragment)
  open.push(opened)
  return opened
}

describe('reproducing runs', () => {
  it('exports the same CSV as drawdown run, after a replay and live steps', async () => {
    const opened = await app('scenario=epstein-civil-violence&seed=7&tick=55')
    const { page } = opened
    expect(await page.locator('#seed').inputValue()).toBe('7')
    for (let i = 0; i < 5; i++) {
      await page.click('#step')
      await waitForTick(page, (tick) => tick === 56 + i)
    }
    expect(await exportCsv(page)).toBe(cliCsv('epstein-civil-violence', 7, 60))
    expectNoErrors(opened)
  })

  it('plays to the same CSV as drawdown run with a preset', async () => {
    const opened = await app('scenario=epstein-peacekeeping&preset=run-7&seed=3&tick=0')
    const { page } = opened
    await page.selectOption('#speed', '0')
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 120)
    const tick = await pause(page)
    expect(await exportCsv(page)).toBe(cliCsv('epstein-peacekeeping', 3, tick, ['--preset', 'run-7']))
    expectNoErrors(opened)
  })

  it('reopens a share link in a fresh page with the same observables, changes and branch', async () => {
    const opened = await app('scenario=epstein-civil-violence&seed=11&tick=0')
    const { page } = opened
    await page.selectOption('#speed', '0')
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 40)
    await pause(page)
    // A change mid-run, from the next tick on.
    await page
      .locator('details[data-section="model"] .param[data-path="model.legitimacy"] input[type="text"]')
      .fill('0.7')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('.param[data-path="model.legitimacy"] input[type="text"]').inputValue())
      .toBe('0.7')
    await page.click('#step')
    await page.click('#branch')
    await expect.poll(() => page.locator('#unbranch').isVisible()).toBe(true)
    await page.locator('.param[data-path="model.copDensity"] input[type="text"]').fill('0.08')
    await page.keyboard.press('Enter')
    await page.waitForTimeout(200)
    for (let i = 0; i < 10; i++) await page.click('#step')
    await page.waitForTimeout(300)
    await page.click('#share')
    await expect.poll(() => page.locator('#share-link').isVisible()).toBe(true)
    const link = await page.locator('#share-link').inputValue()
    expect(link).toContain('scenario=epstein-civil-violence')
    expect(link).toContain('branch=')
    const csvA = await exportCsv(page, 'a')
    const csvB = await exportCsv(page, 'b')
    expect(csvA).not.toBe(csvB)

    const fresh = await app(new URL(link).hash.slice(1))
    await ready(fresh.page)
    expect(await fresh.page.evaluate(() => document.body.dataset.tick)).toBe(
      await page.evaluate(() => document.body.dataset.tick),
    )
    expect(await exportCsv(fresh.page, 'a')).toBe(csvA)
    expect(await exportCsv(fresh.page, 'b')).toBe(csvB)
    expectNoErrors(opened)
    expectNoErrors(fresh)
  })
})
