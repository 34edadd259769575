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

export async function openApp(
  browser: Browser,
  fragment = '',
  init?: string,
  viewport = { width: 1500, height: 1000 },
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true })
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

/** Pauses the run if it plays and waits until it has stopped: the toolbar says so and the tick no
 * longer moves (a batch in flight when the pause came still lands). Returns the tick it stopped at. */
export async function pause(page: Page): Promise<number> {
  // Checked and clicked within one task of the page. At full speed a short run reaches its horizon
  // and stops within a fraction of a second; checked from here and clicked from here, the click
  // could land after that stop and start the run again past its horizon (seen under load).
  await page.evaluate(() => {
    const play = document.querySelector<HTMLButtonElement>('#play')
    if (play?.getAttribute('aria-pressed') === 'true') play.click()
  })
  await expect.poll(() => page.locator('#play').getAttribute('aria-pressed')).toBe('false')
  let last = await tickOf(page)
  for (;;) {
    await page.waitForTimeout(300)
    const tick = await tickOf(page)
    if (tick === last) return tick
    last = tick
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

export async function screenshot(
  page: Page,
  name: string,
  fullPage = !name.startsWith('presenter'),
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage })
}

/** Waits until the page is neither playing nor busy (a lesson step or Play has finished). */
export async function settled(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.ready === 'true' && document.querySelector('#play')?.textContent === 'Play',
    undefined,
    { timeout },
  )
}

/** Texts that overflow their boxes: HTML elements wider than their box, and chart texts outside
 * their <svg> or outside the figure that clips it. Empty when nothing is cut off. */
export async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.() ?? true
    for (const el of document.querySelectorAll<HTMLElement>('body *:not(svg):not(svg *)')) {
      if (!visible(el) || el.closest('.visually-hidden')) continue
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
      if (!ownText || el.clientWidth === 0) continue
      const style = getComputedStyle(el)
      if (style.display === 'inline') continue
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2)
        found.push(
          `${el.tagName.toLowerCase()}#${el.id}.${el.className}: "${el.textContent?.trim().slice(0, 40)}"`,
        )
    }
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (!visible(text) || !text.textContent?.trim()) continue
      const box = text.getBoundingClientRect()
      if (box.width === 0) continue
      const svg = text.ownerSVGElement!.getBoundingClientRect()
      const clip = text.closest('figure')?.getBoundingClientRect() ?? svg
      const left = Math.max(svg.left, clip.left) - 1
      const right = Math.min(svg.right, clip.right) + 1
      const top = Math.max(svg.top, clip.top) - 1
      const bottom = Math.min(svg.bottom, clip.bottom) + 1
      if (box.left < left || box.right > right || box.top < top || box.bottom > bottom)
        found.push(`svg text "${text.textContent.trim().slice(0, 40)}"`)
    }
    return found
  })
}

export function expectNoErrors(app: AppPage): void {
  expect(app.errors).toEqual([])
}
