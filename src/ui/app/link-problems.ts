// What the page says about a share link it could not open as it stands: each bad part as a problem
// listed by the part it is in, shown until dismissed; and whether a link's ensemble may start by
// itself (small ones) or waits for a click (large ones). Pure: no DOM.
import { AUTO_ENSEMBLE_WORK, MAX_SEED } from '../../scenario/limits.ts'
import type { Problem } from '../../scenario/schema.ts'

/** `seed: must be …` → { path: 'seed', message: 'must be …' }; text with no part named goes under (link). */
export function linkProblemList(problems: readonly string[]): Problem[] {
  return problems.map((text) => {
    const colon = text.indexOf(': ')
    if (colon <= 0) return { path: '(link)', message: text }
    return { path: text.slice(0, colon), message: text.slice(colon + 2) }
  })
}

/** The title of the problem list: a link reads as "Share link", not as a file name. */
export const LINK_TITLE = 'Share link'

/** The note under the list, since the page opened something other than the link asked for. */
export const LINK_NOTE =
  'The link could not be opened as it stands; the page shows the default scenario instead.'

/** An ensemble from a link starts without a click only when it is small. */
export const startsByItself = ({ runs, ticks }: { runs: number; ticks: number }): boolean =>
  runs * ticks <= AUTO_ENSEMBLE_WORK

/** Seeds typed into the page follow the file and link rule: whole numbers from 0 to MAX_SEED. */
export const isSeed = (seed: number): boolean => Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED
