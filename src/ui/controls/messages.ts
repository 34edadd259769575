// What went wrong, in words: the notice line (engine errors, info) and the problems of a scenario
// file that was refused, listed by path. Never a stack trace.
import type { Controller } from '../app/controller.ts'
import type { AppState } from '../app/state.ts'
import { fill, h } from '../dom.ts'

export function createMessages(controller: Controller) {
  const text = h('span', { class: 'notice-text' })
  const dismiss = h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss message' }, '×')
  dismiss.addEventListener('click', () => controller.dismissNotice())
  const notice = h('div', { class: 'notice', id: 'notice', role: 'status', hidden: true }, text, dismiss)

  const problemsTitle = h('h2', { id: 'file-problems-heading' })
  const problemList = h('ul', { class: 'problem-list' })
  const close = h('button', { type: 'button', id: 'file-problems-close' }, 'Close')
  close.addEventListener('click', () => controller.closeProblems())
  const problems = h(
    'section',
    {
      class: 'file-problems',
      id: 'file-problems',
      role: 'alert',
      'aria-labelledby': problemsTitle.id,
      hidden: true,
    },
    problemsTitle,
    h('p', {}, 'The scenario was not opened; the run you had is unchanged.'),
    problemList,
    close,
  )
  const busy = h('div', { class: 'busy', role: 'status', hidden: true })

  const questionText = h('p', { class: 'question-text', id: 'question-text' })
  const yes = h('button', { type: 'button', id: 'question-yes' })
  const no = h('button', { type: 'button', id: 'question-no', class: 'primary' })
  yes.addEventListener('click', () => void controller.answer(true))
  no.addEventListener('click', () => void controller.answer(false))
  const question = h(
    'div',
    {
      class: 'question',
      id: 'question',
      role: 'alertdialog',
      'aria-labelledby': questionText.id,
      hidden: true,
    },
    questionText,
    h('div', { class: 'question-buttons' }, no, yes),
  )

  function update(state: AppState, previous: Partial<AppState>) {
    if (state.notice !== previous.notice) {
      notice.hidden = state.notice === null
      notice.dataset.kind = state.notice?.kind ?? ''
      notice.setAttribute('role', state.notice?.kind === 'error' ? 'alert' : 'status')
      text.textContent = state.notice?.text ?? ''
    }
    if (state.fileProblems !== previous.fileProblems) {
      problems.hidden = state.fileProblems === null
      if (state.fileProblems) {
        const { file, problems: list } = state.fileProblems
        problemsTitle.textContent = `${file}: ${list.length} ${list.length === 1 ? 'problem' : 'problems'}`
        fill(
          problemList,
          ...list.map((p) => h('li', { 'data-path': p.path }, h('code', {}, p.path), ` ${p.message}`)),
        )
      }
    }
    if (state.question !== previous.question) {
      question.hidden = state.question === null
      questionText.textContent = state.question?.text ?? ''
      yes.textContent = state.question?.yes ?? ''
      no.textContent = state.question?.no ?? ''
      if (state.question) no.focus()
    }
    if (state.busy !== previous.busy) {
      busy.hidden = state.busy === null
      busy.textContent = state.busy ?? ''
    }
  }

  return { notice, problems, busy, question, update }
}
