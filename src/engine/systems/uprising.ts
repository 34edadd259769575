// The shared context of Epstein's civil-violence rules: who sees how many enforcers and actives,
// and the rule variants a scenario selects. Models I and II act through it.
import type { Agents } from '../core/agents.ts'
import type { CountField } from '../core/field.ts'
import type { Grid } from '../core/grid.ts'
import type { Random } from '../core/rng.ts'
import type { ShiftTable } from '../core/shift.ts'
import type { ActivityLimits } from './activity.ts'

export const Ratio = { literal: 0, rounded: 1, floored: 2 } as const
export type RatioCode = (typeof Ratio)[keyof typeof Ratio]

export interface UprisingRules {
  /** Net risk above grievance by more than this keeps an agent quiet (Epstein's T). */
  readonly threshold: number
  /** k in P = 1 − exp(−k · C/A). */
  readonly arrestConstant: number
  readonly ratio: RatioCode
  /** P for each whole ratio 0..stencil size (rounded and floored variants). */
  readonly arrestProbabilityByRatio: Float64Array
  /** NetLogo turn: move then act, cop steps onto the arrest, jail counts down at tick end, A counts self. */
  readonly netlogoTurn: boolean
  /** Jailed agents keep blocking their cell (Mesa) instead of leaving the grid (NetLogo). */
  readonly jailedKeepCell: boolean
  readonly movement: boolean
  /** Jmax, or LIFE_TERM when never released. */
  readonly maxJailTerm: number
  /** A term is jailTermLow plus a uniform whole number below jailTermCount (ignored for life). */
  readonly jailTermLow: number
  readonly jailTermCount: number
  /** Mesa: a jailed agent stays jailed through the countdown that reaches 0 and is freed at the next. */
  readonly releaseTurnAfter: boolean
  /** NetLogo: an active agent counts itself twice in A (its own cell is inside its radius). */
  readonly activeCountsTwice: boolean
  /** NetLogo: the arresting enforcer steps onto the cell the arrested agent left. */
  readonly copStepsOnArrest: boolean
  /** Model II: A counts the actives of every group, not only the agent's own. */
  readonly activesOfAllGroups: boolean
}

/** The rule choices a scenario states, as its schema names them (the optional ones are Epstein-only). */
export interface RuleChoices {
  readonly turn: 'mesa' | 'netlogo'
  readonly jailed: 'keep-cell' | 'leave-grid'
  readonly jailTerm?: 'below-max' | 'up-to-max' | 'one-to-max'
  readonly release?: 'at-term-end' | 'turn-after'
  readonly activeSelf?: 'by-turn' | 'once' | 'twice'
  readonly copOnArrest?: 'by-turn' | 'stays' | 'steps-onto'
  readonly activesCounted?: 'own-group' | 'both-groups'
}

/** The variant flags of `UprisingRules` from a scenario's choices; absent choices take their defaults. */
export function ruleVariants(
  choices: RuleChoices,
  maxJailTerm: number,
): Pick<
  UprisingRules,
  | 'netlogoTurn'
  | 'jailedKeepCell'
  | 'maxJailTerm'
  | 'jailTermLow'
  | 'jailTermCount'
  | 'releaseTurnAfter'
  | 'activeCountsTwice'
  | 'copStepsOnArrest'
  | 'activesOfAllGroups'
> {
  const netlogoTurn = choices.turn === 'netlogo'
  const jailedKeepCell = choices.jailed === 'keep-cell'
  const jailTerm = choices.jailTerm ?? 'below-max'
  const activeSelf = choices.activeSelf ?? 'by-turn'
  const copOnArrest = choices.copOnArrest ?? 'by-turn'
  return {
    netlogoTurn,
    jailedKeepCell,
    maxJailTerm,
    jailTermLow: jailTerm === 'one-to-max' ? 1 : 0,
    jailTermCount: jailTerm === 'up-to-max' ? maxJailTerm + 1 : maxJailTerm,
    releaseTurnAfter: choices.release === 'turn-after',
    activeCountsTwice: activeSelf === 'by-turn' ? netlogoTurn : activeSelf === 'twice',
    copStepsOnArrest:
      !jailedKeepCell && (copOnArrest === 'by-turn' ? netlogoTurn : copOnArrest === 'steps-onto'),
    activesOfAllGroups: choices.activesCounted === 'both-groups',
  }
}

export interface Uprising {
  readonly grid: Grid
  readonly shiftTable: ShiftTable
  readonly rules: UprisingRules
  readonly agents: Agents
  /** Group of each agent (always 0 in Model I). */
  readonly group: Uint8Array
  /** Per cell: enforcers (cops, peacekeepers) in vision. */
  readonly enforcersSeen: CountField
  /** Per group, per cell: active citizens of that group in vision. */
  readonly activesSeen: readonly CountField[]
  /** One bit a cell, set while an active citizen (of any group) stands on it (active-cells.ts). */
  readonly activeHere: Int32Array
  /** By kind code: the in-vision count field agents of that kind feed (null for none; citizens feed actives). */
  readonly kindFields: readonly (CountField | null)[]
  /** Ids below this are citizens and no other id is (Model I: citizens are placed first and never
   * leave); 0 where kinds mix. Lets a turn tell a citizen by its id without reading `kind`, one
   * array fewer read at a random place per turn in a large world. */
  readonly leadingCitizens: number
  /** Legitimacy in force this tick. */
  legitimacy: number
  /**
   * Per citizen: the largest whole ratio round(C/A) (or floor) at which it is active under the
   * current legitimacy, −1 if none. Derived from hardship and risk aversion; see `activity.ts`.
   */
  readonly activeUpTo: ActivityLimits
  /** Legitimacy `activeUpTo` was computed for (NaN: not yet). */
  limitsLegitimacy: number
  readonly random: {
    readonly movement: Random
    readonly arrest: Random
    readonly jail: Random
    readonly release: Random
  }
  /** Scratch space of at least the stencil's size. */
  readonly scratch: Int32Array
  /** Arrests made this tick. */
  arrests: number
}

/** Python's round(): halves go to the even neighbour, as in Mesa's Epstein model. Exact on integers. */
export function roundHalfEven(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator)
  const twiceRest = 2 * (numerator - quotient * denominator)
  if (twiceRest > denominator) return quotient + 1
  if (twiceRest === denominator) return quotient + (quotient & 1)
  return quotient
}

export function arrestProbabilityTable(arrestConstant: number, stencilSize: number): Float64Array {
  const table = new Float64Array(stencilSize + 2)
  for (let ratio = 0; ratio < table.length; ratio++) table[ratio] = 1 - Math.exp(-arrestConstant * ratio)
  return table
}

/** The whole ratio C/A under the scenario's rounding (rounded or floored variants only). */
export function wholeRatio(rules: UprisingRules, enforcers: number, actives: number): number {
  return rules.ratio === Ratio.rounded ? roundHalfEven(enforcers, actives) : Math.floor(enforcers / actives)
}

/** Estimated arrest probability for `enforcers` enforcers and `actives` actives (self included). */
export function arrestProbability(rules: UprisingRules, enforcers: number, actives: number): number {
  if (rules.ratio === Ratio.literal) return 1 - Math.exp((-rules.arrestConstant * enforcers) / actives)
  return rules.arrestProbabilityByRatio[wholeRatio(rules, enforcers, actives)]
}
