// Live mode at 200 × 200: at full speed the page must draw at least 30 ticks a second with no
// main-thread task over 50 ms while it plays (PerformanceObserver 'longtask'). Prints its figures.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, expectNoErrors, openApp, waitForTick } from './app-page.ts'

/** Counts the map's draws and gathers long tasks, from before the app starts. */
const INSTRUMENT = `
  window.__longTasks = []
  window.__draws = 0
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }) })
    .observe({ type: 'longtask', buffered: true })
  const put = CanvasRenderingContext2D.prototype.putImageData
  CanvasRenderingContext2D.prototype.putImageData = function (...args) { window.__draws++; return put.apply(this, args) }
`

let browser: Browser
beforeAll(async () => {
  browser = await connect()
})
afterAll(async () => {
  await browser.close()
})

describe('live mode at 200 × 200', () => {
  it('sustains at least 30 ticks/s drawn with no main-thread task over 50 ms', async () => {
    const fragment = [
      'scenario=epstein-civil-violence',
      'seed=1',
      'set=world.width=200',
      'set=world.height=200',
      'set=ticks=5000',
      'tick=0',
    ].join('&')
    const app = await openApp(browser, fragment, INSTRUMENT)
    const { page } = app
    expect(
      await page.evaluate(() => document.querySelector('canvas.map-canvas')?.getAttribute('width')),
    ).toBe('800')
    await page.selectOption('#speed', '0')
    await page.click('#play')
    await waitForTick(page, (tick) => tick >= 20)
    const start = await page.evaluate(() => ({
      tick: Number(document.body.dataset.tick),
      time: performance.now(),
      draws: (window as never as { __draws: number }).__draws,
    }))
    await page.waitForTimeout(5000)
    const end = await page.evaluate(() => ({
      tick: Number(document.body.dataset.tick),
      time: performance.now(),
      draws: (window as never as { __draws: number }).__draws,
    }))
    await page.click('#play')
    const tasks = await page.evaluate(
      ([from, to]) =>
        (window as never as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
          (task) => task.start >= from && task.start <= to,
        ),
      [start.time, end.time],
    )
    const seconds = (end.time - start.time) / 1000
    const ticksPerSecond = (end.tick - start.tick) / seconds
    const drawsPerSecond = (end.draws - start.draws) / seconds
    const longest = Math.max(0, ...tasks.map((task) => task.duration))
    console.log(
      `200×200 live: ${ticksPerSecond.toFixed(1)} ticks/s, ${drawsPerSecond.toFixed(1)} map draws/s, ` +
        `${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`,
    )
    expect(ticksPerSecond).toBeGreaterThanOrEqual(30)
    expect(drawsPerSecond).toBeGreaterThanOrEqual(15)
    expect(tasks).toEqual([])
    expectNoErrors(app)
    await app.context.close()
  })
})
