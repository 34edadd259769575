// A drawdown outcome in words, honest about time: "durable peace so far" until the whole
// post-exit window has run, with how much of it has; a relapse or a full window is final.
import type { OutcomeSummary } from '../../engine/models/model.ts'
import { isVerdictFinal } from '../../engine/models/verdict.ts'

/** Outcome class → words; a class not listed is shown by its name with spaces. */
export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  durable: 'durable peace',
  fragile: 'fragile',
  relapse: 'relapse',
  'never-stabilised': 'never stabilised',
  'not-exited': 'not exited yet',
}

export const outcomeWords = (outcome: string): string =>
  OUTCOME_WORDS[outcome] ?? outcome.replaceAll('-', ' ')

export interface Verdict {
  /** "durable peace so far", "relapse", "not exited yet". */
  word: string
  final: boolean
  /** How far the judgement has got: "156 of 260 ticks after exit observed". */
  detail: string
}

export function verdictOf(outcome: OutcomeSummary): Verdict {
  const final = isVerdictFinal(outcome)
  const open = outcome.exitTick !== null && !final
  const word = `${outcomeWords(outcome.outcome)}${open ? ' so far' : ''}`
  let detail = ''
  if (outcome.exitTick === null) detail = 'judged once the peacekeepers leave'
  else if (outcome.outcome === 'relapse' && outcome.timeToRelapse !== null)
    detail = `${outcome.timeToRelapse} ticks after exit`
  else if (open)
    detail = `${outcome.ticksObservedAfterExit} of ${outcome.horizonTicks} ticks after exit observed`
  else detail = `over all ${outcome.horizonTicks} ticks after exit`
  return { word, final, detail }
}
