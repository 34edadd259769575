// The guided lessons the app offers: every scenarios/lessons/*.json, bundled with the page and
// checked against the lesson schema when opened, so a broken lesson says what is wrong and where.
import { checkLesson } from '../../lesson/parse.ts'
import type { Lesson } from '../../lesson/schema.ts'
import { LIBRARY } from './library.ts'

const files = import.meta.glob<unknown>(
  ['../../../scenarios/lessons/*.json', '!../../../scenarios/lessons/schema.json'],
  { import: 'default', eager: true },
)

const idOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.json'.length)

/** Lesson ids (file names without .json), sorted. */
export const LESSON_IDS: readonly string[] = Object.keys(files).map(idOf).sort()

/** Every lesson's id and title, for the toolbar's list (titles read leniently; opening checks). */
export const LESSONS: readonly { id: string; title: string }[] = LESSON_IDS.map((id) => {
  const raw = files[Object.keys(files).find((path) => idOf(path) === id)!] as { title?: unknown }
  return { id, title: typeof raw?.title === 'string' ? raw.title : id }
})

/** The lesson `id`, checked; throws an Error naming each problem by its path. */
export function loadLesson(id: string): Lesson {
  const path = Object.keys(files).find((candidate) => idOf(candidate) === id)
  if (path === undefined)
    throw new Error(`there is no lesson "${id}"; the lessons are ${LESSON_IDS.join(', ') || 'none'}`)
  const result = checkLesson(
    structuredClone(files[path]),
    LIBRARY.map((entry) => entry.id),
  )
  if (!result.ok)
    throw new Error(
      `lesson "${id}" is broken: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    )
  return result.lesson
}
