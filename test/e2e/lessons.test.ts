// Guided lessons in a student's browser: each lesson opens by its link, walks through its steps
// (running to a tick, branching), and every step's claim ("shows") is on screen, visibly; the axe
// scan stays clean. A broken lesson link says what is wrong in plain words.
import { readdirSync, readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Lesson } from '../../src/lesson/schema.ts'
import {
  type AppPage,
  connect,
  expectNoErrors,
  openApp,
  ROOT,
  screenshot,
  settled,
  tickOf,
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

const DIR = `${ROOT}scenarios/lessons/`
const lessons = readdirSync(DIR)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => ({
    id: name.slice(0, -'.json'.length),
    lesson: JSON.parse(readFileSync(DIR + name, 'utf8')) as Lesson,
  }))

/** Whether `text` is in a visible element on the page (HTML or chart text). */
const onScreen = (page: Page, text: string) =>
  page.evaluate((wanted) => {
    const candidates = [...document.querySelectorAll('body *')].filter(
      (el) =>
        el.children.length === 0 ||
        el.tagName === 'text' ||
        el.tagName === 'BUTTON' ||
        el.tagName === 'SUMMARY',
    )
    return candidates.some(
      (el) => el.textContent?.includes(wanted) && ((el as HTMLElement).checkVisibility?.() ?? true),
    )
  }, text)

describe('guided lessons', () => {
  it('offers the three lessons', () => {
    expect(lessons.map((l) => l.id).sort()).toEqual([
      'police-substitute',
      'punctuated-equilibrium',
      'timor-leste-relapse',
    ])
  })

  for (const { id, lesson } of lessons)
    it(`“${lesson.title}”: opens by link and every step shows what it claims`, async () => {
      const opened = await openApp(browser, `lesson=${id}`, undefined, { width: 1280, height: 720 })
      open.push(opened)
      const { page } = opened
      await page.selectOption('#speed', '0')
      expect(await page.locator('#lesson-title').textContent()).toBe(lesson.title)
      // Only the lesson's controls are open to students.
      const visiblePaths = await page
        .locator('.param[data-path]:visible')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-path')))
      expect(visiblePaths.sort()).toEqual([...lesson.controls].sort())
      for (const [index, step] of lesson.steps.entries()) {
        if (index > 0) await page.click('#lesson-next')
        await expect
          .poll(() => page.locator('#lesson-step-title').textContent())
          .toBe(`Step ${index + 1} of ${lesson.steps.length}: ${step.title}`)
        // The step's run (a branch, then play to its tick) starts a moment after its title shows.
        if (step.runTo !== undefined)
          await expect.poll(() => tickOf(page), { timeout: 120_000 }).toBe(step.runTo)
        await settled(page, 120_000)
        if (step.branch) expect(await page.locator('#unbranch').isVisible()).toBe(true)
        expect(await page.locator('#lesson-question').textContent()).toBe(`Question: ${step.question}`)
        await page.waitForTimeout(400)
        for (const claim of step.shows ?? [])
          expect(await onScreen(page, claim), `step ${index + 1}: ${claim}`).toBe(true)
        await screenshot(page, `lesson-${id}-step${index + 1}`)
      }
      // Going back shows the earlier step without running it again.
      const tick = await tickOf(page)
      await page.click('#lesson-previous')
      await expect
        .poll(() => page.locator('#lesson-step-title').textContent())
        .toContain(`Step ${lesson.steps.length - 1} of`)
      expect(await tickOf(page)).toBe(tick)
      const axe = await new AxeBuilder({ page }).analyze()
      expect(axe.violations.map((v) => v.id)).toEqual([])
      expectNoErrors(opened)
    }, 300_000)

  // The reopened link also walks a lesson link with a step: each step before it is run as a class
  // would (the branch of step 1, then play to step 2's tick), and a step beyond the lesson is refused.
  it('shares a lesson at its step in real units, and the link reopens that same view, run to it', async () => {
    const { id, lesson } = lessons.find((l) => l.id === 'police-substitute')!
    const opened = await openApp(browser, `lesson=${id}`, undefined, { width: 1280, height: 720 })
    open.push(opened)
    const { page } = opened
    await page.selectOption('#speed', '0')
    await page.click('#lesson-next')
    const stepTitle = `Step 2 of ${lesson.steps.length}: ${lesson.steps[1].title}`
    await expect.poll(() => page.locator('#lesson-step-title').textContent()).toBe(stepTitle)
    await expect.poll(() => tickOf(page), { timeout: 120_000 }).toBe(lesson.steps[1].runTo)
    await settled(page, 120_000)
    await page.click('#units')
    await page.click('#share')
    await expect.poll(() => page.locator('#share-link').isVisible()).toBe(true)
    const link = await page.locator('#share-link').inputValue()
    expect(link).toContain(`lesson=${id}&step=2`)
    expect(link).toContain('units=real')

    const fresh = await openApp(browser, new URL(link).hash.slice(1), undefined, { width: 1280, height: 720 })
    open.push(fresh)
    await settled(fresh.page, 120_000)
    const view = (p: Page) =>
      Promise.all([
        p.locator('#lesson-step-title').textContent(),
        tickOf(p),
        p.locator('#unbranch').isVisible(),
        p.locator('#units').getAttribute('aria-pressed'),
        p.locator('figure.chart[data-chart="actors"] text.y-unit').last().textContent(),
      ])
    await expect.poll(() => view(fresh.page)).toEqual(await view(page))
    expect((await view(fresh.page))[0]).toBe(stepTitle)
    expect((await view(fresh.page))[3]).toBe('true')
    // The step is shown, not run again: the runs stay at the link's tick.
    await fresh.page.waitForTimeout(500)
    expect(await tickOf(fresh.page)).toBe(lesson.steps[1].runTo)
    expect(await fresh.page.locator('#unbranch').isVisible()).toBe(true)
    expectNoErrors(opened)
    expectNoErrors(fresh)
    await fresh.page.evaluate(() => {
      location.hash = 'lesson=police-substitute&step=9'
    })
    await fresh.page.waitForSelector('#notice[data-kind="error"]')
    expect(await fresh.page.locator('#notice').textContent()).toContain(
      'step: the lesson "police-substitute" has steps 1 to 3, got 9',
    )
  }, 300_000)

  it('says plainly when a lesson link names no lesson', async () => {
    const opened = await openApp(browser, '', undefined, { width: 1280, height: 720 })
    open.push(opened)
    const { page } = opened
    await page.evaluate(() => {
      location.hash = 'lesson=no-such-lesson'
    })
    await page.waitForSelector('#notice[data-kind="error"]')
    expect(await page.locator('#notice').textContent()).toContain('there is no lesson "no-such-lesson"')
    expectNoErrors(opened)
  })
})
