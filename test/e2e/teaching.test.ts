// Issue 12's regressions in a real browser: a what-if runs until both arms are judged over the
// same post-exit window and says "so far" until then; a mid-run change is marked; a preset after
// branching asks first; the pin follows the agent; Escape gives the shortcuts back; exports are
// named by scenario, seed and tick; "as fast as possible" is the fastest speed, with the map drawn
// at most once per frame.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppPage, connect, expectNoErrors, openApp, settled, tickOf, waitForTick } from './app-page.ts'

let browser: Browser
const open: AppPage[] = []
beforeAll(async () => {
  browser = await connect()
})
afterAll(async () => {
  for (const app of open) await app.context.close()
  await browser.close()
})

async function app(fragment: string, init?: string) {
  const opened = await openApp(browser, fragment, init)
  open.push(opened)
  return opened
}

/** The small multiples' unit labels that leave their <svg> or touch another text of the chart. */
const unitsClear = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = []
    const svg = document.querySelector('figure.chart[data-chart="actors"] svg')
    if (!svg) return ['no actors chart']
    const frame = svg.getBoundingClientRect()
    const others = [...svg.querySelectorAll('text:not(.y-unit)')].map((text) => text.getBoundingClientRect())
    for (const unit of svg.querySelectorAll('text.y-unit')) {
      const box = unit.getBoundingClientRect()
      const outside =
        box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom
      const touches = others.some(
        (o) =>
          o.width > 0 && box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom,
      )
      if (outside || touches) found.push(`${unit.textContent}${outside ? ' outside' : ' overlaps'}`)
    }
    return found
  })

const outcomeText = (page: Page) => page.locator('figure.chart[data-chart="outcome"]').textContent()

describe('teaching regressions', () => {
  it('judges run A and a later-exit run B over the same window, "so far" until then', async () => {
    const opened = await app('scenario=baseline&seed=1&set=world.width=60&set=world.height=60&tick=400')
    const { page } = opened
    await page.click('#branch')
    await expect.poll(() => page.locator('#edit-b').isChecked()).toBe(true)
    await page.fill('#exit-shift-years', '2')
    await page.click('#exit-shift')
    await expect.poll(() => page.locator('#exit-planned').textContent()).toContain('tick 624')
    await page.selectOption('#speed', '0')
    await page.click('#play')
    // Past A's window (520 + 260 = 780 = the scenario's horizon), B's is still open.
    await waitForTick(page, (tick) => tick >= 790, 120_000)
    expect(await outcomeText(page)).toContain('so far')
    await settled(page, 120_000)
    // Charts redraw a few frames behind the state while playing: wait for the last drawing.
    await expect.poll(async () => (await outcomeText(page)) ?? '').not.toContain('so far')
    const text = (await outcomeText(page)) ?? ''
    // B leaves when its last peacekeeper goes, a few ticks before its schedule's 624 on this small map.
    const exitB = Number(/Run B: exit at tick (\d+)/.exec(text)?.[1])
    expect(exitB).toBeGreaterThan(600)
    expect(await tickOf(page)).toBe(exitB + 260)
    expect(text).not.toContain('so far')
    expect(await page.locator('#notice').textContent()).toContain('judged over the whole window')
    // The change on B is marked on the time axes, at the tick it was made.
    expect(
      await page.locator('figure.chart[data-chart="strength"] .changes g[data-change-tick="400"]').count(),
    ).toBeGreaterThan(0)
    expectNoErrors(opened)
  }, 240_000)

  it('switches the charts to real units: people instead of agents, labelled on the axis', async () => {
    const opened = await app('scenario=baseline&seed=1&set=world.width=60&set=world.height=60&tick=30')
    const { page } = opened
    const unit = () => page.locator('figure.chart[data-chart="citizens"] text.y-unit').textContent()
    // The small multiples label every cell's axis too: riots are events, per tick or per month.
    const riots = () => page.locator('figure.chart[data-chart="actors"] text.y-unit').last().textContent()
    expect(await unit()).toBe('agents')
    expect(await riots()).toBe('events per tick')
    expect(await unitsClear(page)).toEqual([])
    await page.click('#units')
    await expect.poll(unit).toBe('people')
    await expect.poll(riots).toBe('events per month')
    expect(await unitsClear(page)).toEqual([])
    expect(await page.locator('#units').getAttribute('aria-pressed')).toBe('true')
    expectNoErrors(opened)
  })

  it('asks before a preset discards run B, and keeps the runs when told to', async () => {
    const opened = await app('scenario=epstein-civil-violence&seed=2&tick=20')
    const { page } = opened
    await page.click('#branch')
    await expect.poll(() => page.locator('#unbranch').isVisible()).toBe(true)
    await page.selectOption('#preset', 'run-1')
    await expect.poll(() => page.locator('#question').isVisible()).toBe(true)
    expect(await page.locator('#question-text').textContent()).toContain('run B')
    await page.click('#question-no')
    expect(await tickOf(page)).toBe(20)
    expect(await page.locator('#unbranch').isVisible()).toBe(true)
    expect(await page.locator('#preset').inputValue()).toBe('')
    await page.selectOption('#preset', 'run-1')
    await page.click('#question-yes')
    await waitForTick(page, (tick) => tick === 0)
    await expect.poll(() => page.locator('#unbranch').isVisible()).toBe(false)
    expect(await page.locator('#preset').inputValue()).toBe('run-1')
    expectNoErrors(opened)
  })

  it('pins the agent, not the cell: the pin follows it as it moves', async () => {
    const opened = await app('scenario=epstein-civil-violence&seed=3&tick=5')
    const { page } = opened
    const canvas = page.locator('canvas.map-canvas')
    const box = (await canvas.boundingBox())!
    let pinned = ''
    for (let i = 0; i < 40 && !pinned.includes('#'); i++) {
      await page.mouse.click(
        box.x + ((i * 37) % 97) * (box.width / 100) + 3,
        box.y + ((i * 53) % 89) * (box.height / 100) + 3,
      )
      await page.waitForTimeout(150)
      pinned = (await page.locator('#inspector-heading').textContent()) ?? ''
    }
    expect(pinned).toMatch(/#\d+ \(pinned\)/)
    const id = /#(\d+)/.exec(pinned)![1]
    const cells = new Set<string>()
    for (let i = 0; i < 8; i++) {
      await page.click('#step')
      await waitForTick(page, (tick) => tick === 6 + i)
      await page.waitForTimeout(150)
      expect(await page.locator('#inspector-heading').textContent()).toContain(`#${id} (pinned)`)
      cells.add((await page.locator('.inspector dd').nth(1).textContent()) ?? '')
    }
    // Citizens move every tick; the pinned one was followed to more than one cell.
    expect(cells.size).toBeGreaterThan(1)
    expectNoErrors(opened)
  })

  it('gives the shortcuts back with Escape after a field had focus, and says so in the help', async () => {
    const opened = await app('scenario=epstein-civil-violence&seed=1&tick=0')
    const { page } = opened
    await page.click('#seed')
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(300)
    expect(await tickOf(page)).toBe(0)
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
    await waitForTick(page, (tick) => tick === 1)
    await page.click('#help')
    expect(await page.locator('#help-dialog').textContent()).toContain(
      'leave a field so the shortcuts work again',
    )
    expectNoErrors(opened)
  })

  it('names exported files by scenario, seed and tick, and exports the ensemble table', async () => {
    const opened = await app('scenario=epstein-civil-violence&seed=7&tick=12')
    const { page } = opened
    const name = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)])
      return download.suggestedFilename()
    }
    expect(await name('#export-csv')).toBe('epstein-civil-violence-seed7-tick12-run-a.csv')
    expect(await name('figure.chart[data-chart="citizens"] button:text("SVG")')).toBe(
      'epstein-civil-violence-seed7-tick12-citizens.svg',
    )
    await page.click('#ensemble-open')
    await page.fill('#ensemble-runs', '3')
    await page.fill('#ensemble-ticks', '30')
    await page.click('#ensemble-start')
    await page.waitForSelector('#ensemble .status:text("3 of 3 runs of 30 ticks done.")', { timeout: 60_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ensemble-table')])
    expect(download.suggestedFilename()).toBe('epstein-civil-violence-seed7-tick12-ensemble-3-seeds.csv')
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const rows = Buffer.concat(chunks).toString('utf8').trim().split('\n')
    expect(rows[0].split(',')[0]).toBe('seed')
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['7', '8', '9'])
    expectNoErrors(opened)
  })

  it('plays fastest at "as fast as possible", drawing the map at most once per frame', async () => {
    const COUNT = `
      window.__draws = 0; window.__frames = 0
      const put = CanvasRenderingContext2D.prototype.putImageData
      CanvasRenderingContext2D.prototype.putImageData = function (...args) { window.__draws++; return put.apply(this, args) }
      const raf = window.requestAnimationFrame.bind(window)
      const count = () => { window.__frames++; raf(count) }
      raf(count)
    `
    const opened = await app('scenario=epstein-civil-violence&seed=1&set=ticks=100000&tick=0', COUNT)
    const { page } = opened
    const rate = async (speed: string) => {
      await page.selectOption('#speed', speed)
      await page.click('#play')
      await page.waitForTimeout(500)
      const read = () =>
        page.evaluate(() => {
          const w = window as unknown as { __draws: number; __frames: number }
          return {
            tick: Number(document.body.dataset.tick),
            time: performance.now(),
            draws: w.__draws,
            frames: w.__frames,
          }
        })
      const start = await read()
      await page.waitForTimeout(3000)
      const end = await read()
      await page.click('#play')
      await settled(page)
      return {
        ticksPerSecond: ((end.tick - start.tick) * 1000) / (end.time - start.time),
        drawsPerFrame: (end.draws - start.draws) / Math.max(1, end.frames - start.frames),
      }
    }
    const sixty = await rate('60')
    const fastest = await rate('0')
    console.log(
      `speed 60: ${sixty.ticksPerSecond.toFixed(1)} ticks/s; as fast as possible: ${fastest.ticksPerSecond.toFixed(1)} ticks/s, ${fastest.drawsPerFrame.toFixed(2)} map draws per frame`,
    )
    expect(fastest.ticksPerSecond).toBeGreaterThan(sixty.ticksPerSecond)
    expect(fastest.drawsPerFrame).toBeLessThanOrEqual(1)
    expect(sixty.drawsPerFrame).toBeLessThanOrEqual(1)
    expectNoErrors(opened)
  })
})
