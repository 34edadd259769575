// Opening scenario files: a broken one is refused with every problem listed by its path and the
// run left as it was; a good one runs, its text shown as text (never HTML), and its share link
// carries the file itself.
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AppPage,
  connect,
  expectNoErrors,
  exportCsv,
  openApp,
  ready,
  tickOf,
  waitForTick,
} from './app-page.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

let browser: Browser
const open: AppPage[] = []
beforeAll(async () => {
  browser = await connect()
})
afterAll(async () => {
  for (const app of open) await app.context.close()
  await browser.close()
})

describe('scenario files', () => {
  it('lists a broken file’s problems by path and changes nothing else', async () => {
    const opened = await openApp(browser)
    open.push(opened)
    const { page } = opened
    for (let i = 0; i < 3; i++) await page.click('#step')
    await waitForTick(page, (tick) => tick === 3)
    await page.setInputFiles('#open-file-input', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: fixture('broken-scenario.json'),
    })
    await page.waitForSelector('#file-problems:not([hidden])')
    const paths = await page
      .locator('#file-problems li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))
    expect(paths).toEqual(
      expect.arrayContaining(['world.width', 'rules.neighbourhood', 'model.legitimacy', 'model.vison']),
    )
    expect(await page.locator('#file-problems h2').textContent()).toContain('broken.json')
    expect(await page.locator('#file-problems li[data-path="model.vison"]').textContent()).toContain('vision')
    expect(await tickOf(page)).toBe(3)
    expect(await page.locator('#scenario').inputValue()).toBe('baseline')
    await page.click('#file-problems-close')
    await expect.poll(() => page.locator('#file-problems').isVisible()).toBe(false)

    await page.setInputFiles('#open-file-input', {
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "kind": '),
    })
    await page.waitForSelector('#file-problems:not([hidden])')
    expect(await page.locator('#file-problems li').first().textContent()).toMatch(/not valid JSON: line 1/)
    expectNoErrors(opened)
  })

  it('runs a good file, shows its text as text, and shares it embedded in the link', async () => {
    const opened = await openApp(browser)
    open.push(opened)
    const { page } = opened
    await page.setInputFiles('#open-file-input', {
      name: 'imported.json',
      mimeType: 'application/json',
      buffer: fixture('html-text-scenario.json'),
    })
    await expect.poll(() => page.locator('#scenario-name').textContent()).toContain('<img src=x')
    await ready(page)
    expect(await page.locator('#scenario-description').textContent()).toContain('<script>')
    expect(await page.locator('#scenario-description b').count()).toBe(0)
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined()
    expect(await page.locator('#seed').inputValue()).toBe('5')
    for (let i = 0; i < 4; i++) await page.click('#step')
    await waitForTick(page, (tick) => tick === 4)
    await page.click('#share')
    await expect.poll(() => page.locator('#share-link').isVisible()).toBe(true)
    const link = await page.locator('#share-link').inputValue()
    expect(link).toContain('data=')
    expect(link).not.toContain('scenario=')
    const csv = await exportCsv(page)

    const fresh = await openApp(browser, new URL(link).hash.slice(1))
    open.push(fresh)
    expect(await tickOf(fresh.page)).toBe(4)
    expect(await exportCsv(fresh.page)).toBe(csv)
    expect(await fresh.page.locator('#scenario-name').textContent()).toContain('<img src=x')
    expectNoErrors(opened)
    expectNoErrors(fresh)
  })
})
