// Opening the share link in the address bar: load what it asks for, or, when any part is bad (in
// the link itself or once the engine validates it as it validates files and --set), keep the list
// of problems and show it, until dismissed, once the page has loaded what it shows instead. A large
// ensemble in a link waits for a click.
import { isAbortError } from '../../bridge/browser.ts'
import type { Problem } from '../../scenario/schema.ts'
import { openLink } from './link.ts'
import { LINK_NOTE, LINK_TITLE, linkProblemList, startsByItself } from './link-problems.ts'
import type { LoadSpec } from './replay.ts'
import { messageOf } from './run-data.ts'
import { ShareLinkError } from './share.ts'
import type { AppState, Source } from './state.ts'

export interface LinkOpenerDeps {
  load(spec: LoadSpec): Promise<void>
  set(patch: Partial<AppState>): void
  sourceById(id: string): Promise<Source>
  ensemble(runs: number, ticks: number): void
}

export class LinkOpener {
  private problems: Problem[] | undefined

  constructor(private readonly deps: LinkOpenerDeps) {}

  /** Opens the link in `hash`; false when there is none or it could not be opened (see showProblems). */
  async open(hash: string): Promise<boolean> {
    const { load, set } = this.deps
    let opened: Awaited<ReturnType<typeof openLink>>
    try {
      opened = await openLink(hash, this.deps.sourceById)
      if (!opened) return false
      set({ view: opened.view, overlay: opened.overlay, ...(opened.units ? { units: opened.units } : {}) })
      await load(opened.load)
      // After the load, which is the lesson's run at its step: the step is shown, not run again.
      set({ lesson: opened.lesson })
    } catch (error) {
      if (isAbortError(error)) throw error
      const problems = error instanceof ShareLinkError ? error.problems : [messageOf(error)]
      this.problems = linkProblemList(problems)
      return false
    }
    const asked = opened.ensemble
    if (asked && startsByItself(asked)) this.deps.ensemble(asked.runs, asked.ticks)
    else if (asked) {
      set({
        question: {
          text: `This link asks for an ensemble of ${asked.runs} runs of ${asked.ticks} ticks each. It runs in the background and may take a while.`,
          yes: `Run ${asked.runs} × ${asked.ticks}`,
          no: 'Not now',
          preset: undefined,
          ensemble: asked,
        },
      })
    }
    return true
  }

  /** Shows the problems of the last link that could not be opened, if any; they stay until dismissed. */
  showProblems(): void {
    if (!this.problems) return
    this.deps.set({ fileProblems: { file: LINK_TITLE, problems: this.problems, note: LINK_NOTE } })
    this.problems = undefined
  }
}
