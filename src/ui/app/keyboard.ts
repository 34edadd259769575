// Keyboard shortcuts: space play/pause, → step, r reset, b branch, p presenter mode, ? help.
// Typing in a field never triggers them (Escape leaves the field); space on a button or checkbox
// keeps its own meaning.
import type { Controller } from './controller.ts'
import type { AppState } from './state.ts'
import type { Store } from './store.ts'

export const SHORTCUTS: readonly [string, string][] = [
  ['Space', 'play or pause'],
  ['→', 'step one tick'],
  ['R', 'reset the run'],
  ['B', 'branch run B here'],
  ['P', 'presenter mode on or off'],
  ['?', 'show these shortcuts'],
  ['Esc', 'leave a field so the shortcuts work again; close this help; leave presenter mode'],
]

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return true
  return false
}

const activatesOnSpace = (target: EventTarget | null): boolean =>
  target instanceof HTMLButtonElement ||
  target instanceof HTMLAnchorElement ||
  (target instanceof HTMLElement && target.tagName === 'SUMMARY')

export function bindKeyboard(controller: Controller, store: Store<AppState>): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const state = store.get()
    if (event.key === 'Escape') {
      // Out of a field first: focus goes back to the page, where the shortcuts answer again.
      if (isTyping(event.target)) {
        ;(event.target as HTMLElement).blur()
        if (!state.helpOpen) return
      }
      if (state.helpOpen) controller.toggleHelp(false)
      else if (state.view === 'presenter') controller.setView('normal')
      return
    }
    if (isTyping(event.target) || event.defaultPrevented) return
    switch (event.key) {
      case ' ':
        if (activatesOnSpace(event.target)) return
        event.preventDefault()
        if (state.playing) controller.pause()
        else controller.play()
        break
      case 'ArrowRight':
        event.preventDefault()
        void controller.step()
        break
      case 'r':
      case 'R':
        void controller.reset()
        break
      case 'b':
      case 'B':
        void controller.branch()
        break
      case 'p':
      case 'P':
        controller.setView(state.view === 'presenter' ? 'normal' : 'presenter')
        break
      case '?':
        controller.toggleHelp()
        break
      default:
        return
    }
  })
}
