// Reading a lesson file: checked against the lesson schema, every problem named by its path, and
// the scenario it names looked up in the library; never a stack trace.
import { checkValue, type Problem } from '../scenario/spec/index.ts'
import { type Lesson, lessonSpec } from './schema.ts'

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; problems: Problem[] }

/** Checks `raw` as a lesson; `scenarioIds` are the library's, to catch a misspelt scenario. */
export function checkLesson(raw: unknown, scenarioIds: readonly string[]): LessonResult {
  const result = checkValue(lessonSpec, raw)
  if (!result.ok) return { ok: false, problems: result.problems }
  const lesson = result.value
  if (!scenarioIds.includes(lesson.scenario))
    return {
      ok: false,
      problems: [
        {
          path: 'scenario',
          message: `no library scenario "${lesson.scenario}"; have ${scenarioIds.join(', ')}`,
        },
      ],
    }
  return { ok: true, lesson }
}
