// The app in a real browser: it loads ready to play, plays and pauses, answers its keyboard
// shortcuts, has a presenter mode, and an axe-core scan finds no accessibility violations.
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppPage,
  connect,
  expectNoErrors,
  openApp,
  screenshot,
  tickOf,
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

async function axeViolations(page: AppPage['page']) {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the app', () => {
  it('loads the default scenario at tick 0, paused, with its map, charts and a strict CSP', async () => {
    const opened = await app()
    const { page } = opened
    expect(await page.title()).toBe('Drawdown Lab')
    expect(await tickOf(page)).toBe(0)
    expect(await page.locator('#scenario').inputValue()).toBe('baseline')
    expect(await page.locator('#play').textContent()).toBe('Play')
    await expect.poll(() => page.locator('figure.chart[data-chart="citizens"] svg').count()).toBe(1)
    expect(await page.locator('canvas.map-canvas').count()).toBe(1)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(await page.locator('script:not([src])').count()).toBe(0)
    expectNoErrors(opened)
  })

  it('plays and pauses', async () => {
    const opened = await app()
    const { page } = opened
    await page.click('#play')
    expect(await page.locator('#play').textContent()).toBe('Pause')
    const during = await waitForTick(page, (tick) => tick >= 15)
    await page.click('#play')
    await page.waitForTimeout(300)
    const paused = await tickOf(page)
    expect(paused).toBeGreaterThanOrEqual(during)
    await page.waitForTimeout(400)
    expect(await tickOf(page)).toBe(paused)
    expect(await page.locator('#play').textContent()).toBe('Play')
    await screenshot(page, 'normal')
    expectNoErrors(opened)
  })

  it('answers the keyboard: space, →, r, b, p, ? and Escape', async () => {
    const opened = await app()
    const { page } = opened
    await page.locator('body').focus()
    await page.keyboard.press('ArrowRight')
    await waitForTick(page, (tick) => tick === 1)
    await page.keyboard.press('ArrowRight')
    await waitForTick(page, (tick) => tick === 2)
    await page.keyboard.press('Space')
    await waitForTick(page, (tick) => tick > 5)
    await page.keyboard.press('Space')
    await expect.poll(() => page.locator('#play').textContent()).toBe('Play')
    await page.keyboard.press('r')
    await waitForTick(page, (tick) => tick === 0)
    await page.keyboard.press('ArrowRight')
    await waitForTick(page, (tick) => tick === 1)
    await page.keyboard.press('b')
    await expect.poll(() => page.locator('#unbranch').isVisible()).toBe(true)
    await page.keyboard.press('?')
    await expect.poll(() => page.locator('#help-dialog').isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#help-dialog').isVisible()).toBe(false)
    await page.keyboard.press('p')
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true)
    await page.keyboard.press('p')
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(false)
    expectNoErrors(opened)
  })

  it('reaches every control by Tab', async () => {
    const opened = await app()
    const { page } = opened
    const wanted = [
      'scenario',
      'open-file',
      'preset',
      'seed',
      'new-seed',
      'play',
      'step',
      'reset',
      'speed',
      'branch',
      'ensemble-open',
      'presenter',
      'share',
      'help',
      'export-csv',
    ]
    const reached = new Set<string>()
    await page.locator('body').focus()
    for (let i = 0; i < 300 && reached.size < wanted.length; i++) {
      await page.keyboard.press('Tab')
      const id = await page.evaluate(() => document.activeElement?.id ?? '')
      if (wanted.includes(id)) reached.add(id)
    }
    expect(wanted.filter((id) => !reached.has(id))).toEqual([])
    expectNoErrors(opened)
  })

  it('shows only the map, the key charts and the controls in presenter mode, in large type', async () => {
    const opened = await app()
    const { page } = opened
    await page.click('#presenter')
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('presenter'))).toBe(true)
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 40)
    await page.click('#play')
    expect(await page.locator('aside.side').isVisible()).toBe(false)
    expect(await page.locator('.event-log').isVisible()).toBe(false)
    expect(await page.locator('canvas.map-canvas').isVisible()).toBe(true)
    expect(await page.locator('figure.chart.key:not([hidden])').first().isVisible()).toBe(true)
    const fontSize = await page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('.app')!).fontSize),
    )
    expect(fontSize).toBeGreaterThanOrEqual(20)
    await page.waitForTimeout(300)
    await screenshot(page, 'presenter')
    expect(await axeViolations(page)).toEqual([])
    expectNoErrors(opened)
  })

  it('passes an axe-core scan with the parameters, charts and event log showing', async () => {
    const opened = await app()
    const { page } = opened
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 30)
    await page.click('#play')
    await page.click('#help')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await axeViolations(page)).toEqual([])
    expectNoErrors(opened)
  })
})
