// @vitest-environment node
// A lesson's own link: `lesson=<id>` opens it at its start, `&step=<n>` at step n (from 1, as the
// panel counts); a bad step or an unknown part is named; any other fragment is not a lesson link.
import { describe, expect, it } from 'vitest'
import { lessonLink } from '../../src/ui/app/lesson-link.ts'

const problemsOf = (fragment: string): readonly string[] => {
  try {
    lessonLink(fragment)
  } catch (error) {
    return (error as { problems: readonly string[] }).problems
  }
  return []
}

describe('lesson links', () => {
  it('read the lesson and its step, counted from 1 in the link and from 0 inside', () => {
    expect(lessonLink('#lesson=police-substitute')).toEqual({ id: 'police-substitute', step: 0 })
    expect(lessonLink('#lesson=police-substitute&step=3')).toEqual({ id: 'police-substitute', step: 2 })
    expect(lessonLink('#lesson=timor%2Dleste-relapse')).toEqual({ id: 'timor-leste-relapse', step: 0 })
  })

  it('leave every other fragment to the share link', () => {
    expect(lessonLink('')).toBeNull()
    expect(lessonLink('#scenario=baseline&lesson=police-substitute&step=2')).toBeNull()
  })

  it('name a bad step and an unknown part', () => {
    expect(problemsOf('lesson=police-substitute&step=0')).toEqual([
      'step: must be a whole number from 1 to 1000, got "0"',
    ])
    expect(problemsOf('lesson=police-substitute&step=last')).toEqual([
      'step: must be a whole number from 1 to 1000, got "last"',
    ])
    expect(problemsOf('lesson=police-substitute&page=2')).toEqual([
      expect.stringMatching(/^"page": not a part of a share link/),
    ])
  })
})
