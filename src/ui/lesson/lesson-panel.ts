// The lesson panel: the step the class is at (its text, the question, what to look for), Previous
// and Next, and the instructor's note folded away. Shown in presenter mode and in a student's
// browser alike; the steps' actions (run to a tick, branch) happen in the controller.
import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { h } from '../dom.ts'

export function createLessonPanel(controller: Controller) {
  const title = h('h2', { id: 'lesson-title', class: 'lesson-title' })
  const stepTitle = h('h3', { id: 'lesson-step-title', class: 'lesson-step-title' })
  const text = h('p', { class: 'lesson-text', id: 'lesson-text' })
  const question = h('p', { class: 'lesson-question', id: 'lesson-question' })
  const lookFor = h('p', { class: 'lesson-look', id: 'lesson-look' })
  const previous = h('button', { type: 'button', id: 'lesson-previous' }, 'Previous step')
  const next = h('button', { type: 'button', id: 'lesson-next', class: 'primary' }, 'Next step')
  const close = h('button', { type: 'button', id: 'lesson-close' }, 'Close lesson')
  const note = h('p', { class: 'lesson-note-text' })
  const instructor = h(
    'details',
    { class: 'lesson-note', id: 'lesson-note' },
    h('summary', {}, 'Instructor’s note'),
    note,
  )
  const element = h(
    'section',
    { class: 'lesson', id: 'lesson', 'aria-labelledby': title.id, hidden: true },
    h('div', { class: 'lesson-head' }, title, h('div', { class: 'lesson-buttons' }, previous, next, close)),
    stepTitle,
    text,
    question,
    lookFor,
    instructor,
  )
  let step = 0
  previous.addEventListener('click', () => void controller.lessonStep(step - 1))
  next.addEventListener('click', () => void controller.lessonStep(step + 1))
  close.addEventListener('click', () => controller.closeLesson())
  let shown: AppState['lesson'] | undefined

  function update(state: AppState) {
    const busy = state.playing || state.busy !== null
    const lesson = state.lesson
    if (lesson) {
      const last = lesson.lesson.steps.length - 1
      previous.disabled = lesson.step === 0
      next.disabled = lesson.step === last || busy
      next.textContent = busy ? 'Running…' : 'Next step'
    }
    if (lesson === shown) return
    shown = lesson
    element.hidden = lesson === null
    document.body.classList.toggle('in-lesson', lesson !== null)
    if (!lesson) return
    step = lesson.step
    const spec = lesson.lesson.steps[lesson.step]
    title.textContent = lesson.lesson.title
    stepTitle.textContent = `Step ${lesson.step + 1} of ${lesson.lesson.steps.length}: ${spec.title}`
    text.textContent = spec.text
    question.textContent = `Question: ${spec.question}`
    lookFor.textContent = `Look for: ${spec.lookFor}`
    note.textContent = lesson.lesson.instructorNote
    element.dataset.step = String(lesson.step)
  }

  return { element, update }
}
