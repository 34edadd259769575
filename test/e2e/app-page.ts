// Helpers for driving the app in the shared browser: open it (optionally at a share link), wait
// until it is ready, read the tick, export the CSV, save screenshots.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect, inject } from 'vitest'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SCREENSHOTS = `${ROOT}test-results/screenshots/`

export async function connect(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'))
}

export interface AppPage {
  page: Page
  context: BrowserContext
  /** Uncaught errors and console errors the page reported. */
  errors: string[]
}

export async function openApp(browser: Browser, fragment = '', init?: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true })
  const page = await context.newPage()
  if (init) await page.addInitScript(init)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(`${inject('baseUrl')}${fragment ? `#${fragment}` : ''}`)
  await ready(page)
  return { page, context, errors }
}

/** Waits until the app has a run and is not busy. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 })
}

export async function tickOf(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.tick))
}

export async function waitForTick(
  page: Page,
  predicate: (tick: number) => boolean,
  timeout = 20_000,
): Promise<number> {
  const start = Date.now()
  for (;;) {
    const tick = await tickOf(page)
    if (predicate(tick)) return tick
    if (Date.now() - start > timeout) throw new Error(`tick stayed at ${tick}`)
    await page.waitForTimeout(50)
  }
}

/** Clicks an export button and returns the downloaded file's text. */
export async function downloadText(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)])
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function exportCsv(page: Page, which: 'a' | 'b' = 'a'): Promise<string> {
  return downloadText(page, which === 'a' ? '#export-csv' : '#export-csv-b')
}

/** `drawdown run` output for the same scenario, seed and ticks. */
export function cliCsv(scenario: string, seed: number, ticks: number, extra: string[] = []): string {
  return execFileSync(
    process.execPath,
    [
      `${ROOT}bin/drawdown.mjs`,
      'run',
      `${ROOT}scenarios/${scenario}.json`,
      '--seed',
      String(seed),
      '--ticks',
      String(ticks),
      ...extra,
    ],
    {
      encoding: 'utf8',
    },
  )
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: name !== 'presenter' })
}

export function expectNoErrors(app: AppPage): void {
  expect(app.errors).toEqual([])
}
