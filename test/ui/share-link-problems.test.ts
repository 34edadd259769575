// @vitest-environment node
// Issue 11, items 8 and 9 (link side): every bad part of a share link is named, by the rules files
// and --set follow, and link sizes are bounded: seeds, ticks, ensembles, changes, nesting.
import { describe, expect, it } from 'vitest'
import { prepareScenario } from '../../src/io/prepare.ts'
import { MAX_ENSEMBLE_RUNS, MAX_SEED, MAX_TICKS } from '../../src/scenario/limits.ts'
import { formatProblem } from '../../src/scenario/validate.ts'
import { openLink } from '../../src/ui/app/link.ts'
import { overrideList } from '../../src/ui/app/recipe.ts'
import { sourceFrom } from '../../src/ui/app/run-data.ts'
import { decodeShare, packText, ShareLinkError } from '../../src/ui/app/share.ts'
import type { Source } from '../../src/ui/app/state.ts'

async function problemsOf(fragment: string): Promise<readonly string[]> {
  try {
    await decodeShare(fragment)
  } catch (error) {
    if (error instanceof ShareLinkError) return error.problems
    throw error
  }
  return []
}

describe('every bad part of a link is named (item 8)', () => {
  it.each([
    ['scenario=baseline&seed=abc', `seed: must be a whole number from 0 to ${MAX_SEED}, got "abc"`],
    ['scenario=baseline&seed=-1', `seed: must be a whole number from 0 to ${MAX_SEED}, got "-1"`],
    ['scenario=baseline&seed=1e20', `seed: must be a whole number from 0 to ${MAX_SEED}, got "1e20"`],
    ['scenario=baseline&tick=-5', `tick: must be a whole number from 0 to ${MAX_TICKS}, got "-5"`],
    ['scenario=baseline&tick=1.5', `tick: must be a whole number from 0 to ${MAX_TICKS}, got "1.5"`],
    ['scenario=baseline&tick=1e400', `tick: must be a whole number from 0 to ${MAX_TICKS}, got "1e400"`],
    ['scenario=baseline&tick=1000000', `tick: must be a whole number from 0 to ${MAX_TICKS}, got "1000000"`],
    [
      'scenario=baseline&set=model.vision',
      'set: expected path=value, e.g. model.legitimacy=0.7, got "model.vision"',
    ],
    ['scenario=baseline&set=model.vision=seven', 'set model.vision: the value is not JSON, got "seven"'],
    [
      'scenario=baseline&set=model..vision=1',
      'set model..vision: not a dotted path such as model.legitimacy',
    ],
    ['scenario=baseline&branch=xyz', `branch: must be a whole number from 0 to ${MAX_TICKS}, got "xyz"`],
    ['scenario=baseline&view=huge', 'view: must be "normal" or "presenter", got "huge"'],
    ['scenario=baseline&%E0%A4%A=1', '"%E0%A4%A=1": bad percent-encoding'],
    ['scenario=baseline&seed=%ZZ', '"seed=%ZZ": bad percent-encoding'],
    [
      'scenario=baseline&colour=red',
      `"colour": not a part of a share link (parts: scenario, data, preset, seed, set, at, branch, bset, b, tick, view, overlay, units, ensemble, lesson, step)`,
    ],
    ['scenario=baseline&units=people', 'units: must be "model" or "real", got "people"'],
    [
      'scenario=baseline&step=2',
      'step: a step needs the lesson it belongs to, e.g. lesson=police-substitute&step=2',
    ],
    [
      'scenario=baseline&lesson=police-substitute&step=0',
      'step: must be a whole number from 1 to 1000, got "0"',
    ],
    [
      'scenario=baseline&lesson=police-substitute&step=two',
      'step: must be a whole number from 1 to 1000, got "two"',
    ],
    ['data=not-a-scenario', 'data: the embedded scenario could not be unpacked (the link may be cut short)'],
    [
      'scenario=baseline&at=x:model.vision=3',
      `at tick: must be a whole number from 0 to ${MAX_TICKS}, got "x"`,
    ],
  ])('%s', async (fragment, problem) => {
    expect(await problemsOf(fragment)).toEqual([problem])
  })

  it('names every bad part at once, in order', async () => {
    expect(await problemsOf('scenario=baseline&seed=abc&tick=-5&set=x')).toEqual([
      `seed: must be a whole number from 0 to ${MAX_SEED}, got "abc"`,
      `tick: must be a whole number from 0 to ${MAX_TICKS}, got "-5"`,
      'set: expected path=value, e.g. model.legitimacy=0.7, got "x"',
    ])
  })

  it('set=__proto__=… is kept as a path, and refused by validation as the command line refuses it', async () => {
    const state = await decodeShare('scenario=baseline&set=__proto__={"polluted":1}')
    const overrides = state?.a.segments[0].overrides ?? {}
    expect(Object.keys(overrides)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const raw = { kind: 'civil-violence', name: 'x', ticks: 10, world: { width: 10, height: 10 } }
    const prepared = prepareScenario(raw, { overrides: overrideList(overrides) })
    expect(prepared.ok ? [] : prepared.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^__proto__: unknown key/),
    ])
  })

  it('a value nested deeper than the schema allows is refused before it goes anywhere (item 10)', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const [problem] = await problemsOf(`scenario=baseline&set=model.vision=${deep}`)
    expect(problem).toMatch(/^set model\.vision(\[0\])+: nested deeper than 32 levels of arrays and objects$/)
  })

  it('an embedded scenario round-trips, and bad data next to good parts is still named', async () => {
    const packed = await packText('{"kind":"civil-violence"}')
    expect((await decodeShare(`data=${packed}&seed=3`))?.seed).toBe(3)
    expect(await problemsOf(`data=${packed.slice(0, 5)}&seed=3`)).toEqual([
      'data: the embedded scenario could not be unpacked (the link may be cut short)',
    ])
  })
})

describe('the lesson a link names is looked up and its step checked (issue 12)', () => {
  const source = async (id: string): Promise<Source> => sourceFrom({ kind: 'ssr', name: id }, { id })
  async function openProblems(fragment: string): Promise<readonly string[]> {
    try {
      await openLink(fragment, source)
    } catch (error) {
      if (error instanceof ShareLinkError) return error.problems
      throw error
    }
    return []
  }

  it('names a lesson there is none of, and a step past the lesson’s last', async () => {
    expect(await openProblems('scenario=baseline&lesson=no-such-lesson&step=1')).toEqual([
      expect.stringMatching(/^lesson: there is no lesson "no-such-lesson"; the lessons are /),
    ])
    expect(await openProblems('scenario=baseline&lesson=police-substitute&step=9')).toEqual([
      'step: the lesson "police-substitute" has steps 1 to 3, got 9',
    ])
  })

  it('opens the lesson at its step, that step’s actions taken as done', async () => {
    const opened = await openLink('scenario=baseline&tick=300&lesson=police-substitute&step=2', source)
    expect(opened?.lesson).toMatchObject({ id: 'police-substitute', step: 1, reached: 1 })
    expect(opened?.load.tick).toBe(300)
  })
})

describe('link work is bounded (item 9)', () => {
  it.each([
    [
      '0x0',
      [
        `ensemble runs: must be a whole number from 1 to ${MAX_ENSEMBLE_RUNS}, got "0"`,
        `ensemble ticks: must be a whole number from 1 to ${MAX_TICKS}, got "0"`,
      ],
    ],
    [
      '99999999999x10',
      [`ensemble runs: must be a whole number from 1 to ${MAX_ENSEMBLE_RUNS}, got "99999999999"`],
    ],
    ['100000x100000', [`ensemble runs: must be a whole number from 1 to ${MAX_ENSEMBLE_RUNS}, got "100000"`]],
    ['lots', ['ensemble: must be RUNSxTICKS such as 20x500, got "lots"']],
  ])('ensemble=%s', async (ensemble, problems) => {
    expect(await problemsOf(`scenario=baseline&ensemble=${ensemble}`)).toEqual(problems)
  })

  it('accepts the largest bounded ensemble and tick', async () => {
    const state = await decodeShare(
      `scenario=baseline&ensemble=${MAX_ENSEMBLE_RUNS}x${MAX_TICKS}&tick=${MAX_TICKS}`,
    )
    expect(state?.ensemble).toEqual({ runs: MAX_ENSEMBLE_RUNS, ticks: MAX_TICKS })
    expect(state?.tick).toBe(MAX_TICKS)
  })

  it('refuses a link with more changes than it may carry', async () => {
    const fragment = `scenario=baseline&${Array.from({ length: 10_001 }, (_, i) => `at=${i}:model.vision=3`).join('&')}`
    expect(await problemsOf(fragment)).toEqual([
      'the link carries 10001 parameter changes, more than the 10000 it may',
    ])
  })
})
