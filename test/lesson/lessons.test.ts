// The lesson library: every scenarios/lessons/*.json passes the lesson schema, names a library
// scenario and preset, opens only real parameters to students and branches with valid settings;
// scenarios/lessons/schema.json is what `npm run schema` writes; a broken lesson is refused by path.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prepareScenario } from '../../src/io/prepare.ts'
import { lessonJsonSchemaText } from '../../src/lesson/json-schema.ts'
import { checkLesson } from '../../src/lesson/parse.ts'
import { listParameters, type ScenarioKind } from '../../src/scenario/schema.ts'

const dir = new URL('../../scenarios/lessons/', import.meta.url)
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'))
const scenarioIds = readdirSync(new URL('../../scenarios/', import.meta.url))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => name.slice(0, -'.json'.length))
const lessonFiles = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'schema.json')

describe('the lesson library', () => {
  it('has the three lessons the course needs', () => {
    expect(lessonFiles.sort()).toEqual(
      expect.arrayContaining([
        'police-substitute.json',
        'punctuated-equilibrium.json',
        'timor-leste-relapse.json',
      ]),
    )
  })

  for (const file of lessonFiles)
    it(`${file}: valid, with real controls and settings`, () => {
      const result = checkLesson(read(file), scenarioIds)
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      const lesson = result.lesson
      const raw = JSON.parse(
        readFileSync(new URL(`../../scenarios/${lesson.scenario}.json`, import.meta.url), 'utf8'),
      )
      const paths = new Set(listParameters(raw.kind as ScenarioKind).map((info) => info.path))
      for (const control of lesson.controls) expect(paths, control).toContain(control)
      const start = Object.entries(lesson.set ?? {}).map(([path, value]) => ({ path, value }))
      expect(prepareScenario(raw, { preset: lesson.preset, overrides: start }).ok).toBe(true)
      for (const step of lesson.steps) {
        if (!step.branch) continue
        const branched = [...start, ...Object.entries(step.branch).map(([path, value]) => ({ path, value }))]
        const prepared = prepareScenario(raw, { preset: lesson.preset, overrides: branched })
        expect(prepared.ok, JSON.stringify(prepared)).toBe(true)
      }
      // Run-to ticks only move forward.
      const ticks = lesson.steps.flatMap((step) => (step.runTo === undefined ? [] : [step.runTo]))
      expect(ticks).toEqual([...ticks].sort((x, y) => x - y))
    })

  it('refuses a broken lesson, naming the path', () => {
    const broken = { ...read('timor-leste-relapse.json'), steps: [{ title: 'x', text: 'y', question: 'z' }] }
    const result = checkLesson(broken, scenarioIds)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('steps[0].lookFor')
    const misspelt = checkLesson({ ...read('timor-leste-relapse.json'), scenario: 'timor' }, scenarioIds)
    expect(misspelt.ok).toBe(false)
  })

  it('scenarios/lessons/schema.json is current with the code', () => {
    expect(readFileSync(new URL('schema.json', dir), 'utf8')).toBe(lessonJsonSchemaText())
  })
})
