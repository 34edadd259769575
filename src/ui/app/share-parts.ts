// Reading a share link's parts one by one, each checked by the rules files and --set follow, and
// every bad part named: `seed: must be a whole number from 0 to …, got "abc"`. Pure: no DOM.

import { UNIT_MODES, type UnitMode } from '../../io/units.ts'
import {
  MAX_ENSEMBLE_RUNS,
  MAX_LINK_CHANGES,
  MAX_LINK_LENGTH,
  MAX_SEED,
  MAX_TICKS,
} from '../../scenario/limits.ts'
import { nestingProblem } from '../../scenario/nesting.ts'
import { formatProblem } from '../../scenario/spec/problem.ts'

/** No lesson has nearly this many steps; a larger one is refused before the lesson is looked at. */
const MAX_LESSON_STEP = 1000

/** The parts a share link may have; anything else is named as unknown. */
export const LINK_PARTS = [
  'scenario',
  'data',
  'preset',
  'seed',
  'set',
  'at',
  'branch',
  'bset',
  'b',
  'tick',
  'view',
  'overlay',
  'units',
  'ensemble',
  'lesson',
  'step',
] as const

/** The parts of a fragment in order, decoded; bad percent-encoding and unknown names become problems. */
export function splitFragment(fragment: string, problems: string[]): Array<[string, string]> {
  const text = fragment.replace(/^#/, '')
  if (text.length > MAX_LINK_LENGTH) {
    problems.push(`the link is ${text.length} characters long, more than the ${MAX_LINK_LENGTH} it may have`)
    return []
  }
  const parts: Array<[string, string]> = []
  for (const piece of text.split('&')) {
    if (piece === '') continue
    const equals = piece.indexOf('=')
    const rawName = equals < 0 ? piece : piece.slice(0, equals)
    const rawValue = equals < 0 ? '' : piece.slice(equals + 1)
    let name: string
    let value: string
    try {
      name = decodeURIComponent(rawName.replaceAll('+', ' '))
      value = decodeURIComponent(rawValue.replaceAll('+', ' '))
    } catch {
      problems.push(`"${piece.slice(0, 60)}": bad percent-encoding`)
      continue
    }
    if (!(LINK_PARTS as readonly string[]).includes(name)) {
      problems.push(`"${name.slice(0, 60)}": not a part of a share link (parts: ${LINK_PARTS.join(', ')})`)
      continue
    }
    parts.push([name, value])
  }
  return parts
}

/** A whole number in [min, max] from a part's text, by the rule `--seed` and `--ticks` follow. */
export function wholeNumberPart(
  name: string,
  text: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value
  problems.push(
    `${name}: must be a whole number from ${min} to ${max}, got ${JSON.stringify(text.slice(0, 60))}`,
  )
  return undefined
}

export const seedPart = (text: string, problems: string[]) =>
  wholeNumberPart('seed', text, 0, MAX_SEED, problems)
export const tickPart = (name: string, text: string, problems: string[]) =>
  wholeNumberPart(name, text, 0, MAX_TICKS, problems)

/** `model` (agents and ticks) or `real` (people and months), as the page's units toggle has them. */
export function unitsPart(text: string, problems: string[]): UnitMode | undefined {
  if ((UNIT_MODES as readonly string[]).includes(text)) return text as UnitMode
  problems.push(`units: must be "model" or "real", got ${JSON.stringify(text.slice(0, 60))}`)
  return undefined
}

/** A lesson's step as the lesson panel counts them, from 1; only beside a `lesson` part. */
export function stepPart(text: string, lesson: string | undefined, problems: string[]): number | undefined {
  if (lesson === undefined) {
    problems.push('step: a step needs the lesson it belongs to, e.g. lesson=police-substitute&step=2')
    return undefined
  }
  return wholeNumberPart('step', text, 1, MAX_LESSON_STEP, problems)
}

/** `RUNSxTICKS`: at least one run of at least one tick, within the ensemble bounds. */
export function ensemblePart(text: string, problems: string[]): { runs: number; ticks: number } | undefined {
  const match = /^(\d+)x(\d+)$/.exec(text)
  if (!match) {
    problems.push(`ensemble: must be RUNSxTICKS such as 20x500, got ${JSON.stringify(text.slice(0, 60))}`)
    return undefined
  }
  const runs = wholeNumberPart('ensemble runs', match[1], 1, MAX_ENSEMBLE_RUNS, problems)
  const ticks = wholeNumberPart('ensemble ticks', match[2], 1, MAX_TICKS, problems)
  return runs === undefined || ticks === undefined ? undefined : { runs, ticks }
}

/**
 * `path=value` with the value as JSON, checked as `--set` is: a dotted path with no empty part,
 * a value that parses and nests no deeper than scenario data may. `__proto__` stays a plain path,
 * for validation to refuse as an unknown key, as it does on the command line.
 */
export function changePart(name: string, text: string, problems: string[]): [string, unknown] | undefined {
  const equals = text.indexOf('=')
  const path = equals < 0 ? '' : text.slice(0, equals).trim()
  if (equals <= 0 || path === '') {
    problems.push(
      `${name}: expected path=value, e.g. model.legitimacy=0.7, got ${JSON.stringify(text.slice(0, 60))}`,
    )
    return undefined
  }
  if (path.split('.').some((segment) => segment.trim() === '')) {
    problems.push(`${name} ${path}: not a dotted path such as model.legitimacy`)
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(text.slice(equals + 1))
  } catch {
    problems.push(
      `${name} ${path}: the value is not JSON, got ${JSON.stringify(text.slice(equals + 1, equals + 61))}`,
    )
    return undefined
  }
  const deep = nestingProblem(value, [path])
  if (deep) {
    problems.push(`${name} ${formatProblem(deep)}`)
    return undefined
  }
  return [path, value]
}

/** Too many changes in one link are refused as a whole, before any is read. */
export function checkChangeCount(count: number, problems: string[]): boolean {
  if (count <= MAX_LINK_CHANGES) return true
  problems.push(`the link carries ${count} parameter changes, more than the ${MAX_LINK_CHANGES} it may`)
  return false
}
