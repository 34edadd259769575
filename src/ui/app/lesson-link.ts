// A lesson's own link, `#lesson=<id>` or `#lesson=<id>&step=<n>`: the lesson from its start, or
// walked to step n (counted from 1, as the lesson panel counts) as a class would walk it. Pure: no DOM.
import { ShareLinkError } from './share.ts'
import { splitFragment, stepPart } from './share-parts.ts'

export interface LessonLink {
  id: string
  /** Counted from 0. */
  step: number
}

/** The lesson and step a fragment starting `lesson=` asks for; null for any other fragment. */
export function lessonLink(fragment: string): LessonLink | null {
  const text = fragment.replace(/^#/, '')
  if (!text.startsWith('lesson=')) return null
  const problems: string[] = []
  const parts = splitFragment(text, problems)
  const id = parts.find(([name]) => name === 'lesson')?.[1] ?? ''
  const step = parts.findLast(([name]) => name === 'step')?.[1]
  const read = step === undefined ? 1 : stepPart(step, id, problems)
  if (problems.length > 0 || read === undefined) throw new ShareLinkError(problems)
  return { id, step: read - 1 }
}
