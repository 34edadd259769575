// How a run came to be, so that it can be replayed exactly: the overrides it started with and
// each change made while it ran. A change recorded at tick T applies from tick T + 1 (reconfigure).
import type { Override } from '../../scenario/overrides.ts'

/** Dotted parameter path → value, in the order they were set. */
export type Overrides = Readonly<Record<string, unknown>>

export interface Segment {
  /** The tick after which these overrides apply (0 for the start of run A; the branch tick for B). */
  readonly tick: number
  /** Every override in force: the whole set, not a difference. */
  readonly overrides: Overrides
}

export interface RunRecipe {
  /** At least one; ticks increase. */
  readonly segments: readonly Segment[]
}

export const startRecipe = (tick: number, overrides: Overrides = {}): RunRecipe => ({
  segments: [{ tick, overrides }],
})

/** The overrides in force now. */
export const currentOverrides = (recipe: RunRecipe): Overrides =>
  recipe.segments[recipe.segments.length - 1].overrides

/** The overrides in force after tick `tick`. */
export function overridesAt(recipe: RunRecipe, tick: number): Overrides {
  let found = recipe.segments[0].overrides
  for (const segment of recipe.segments) if (segment.tick <= tick) found = segment.overrides
  return found
}

/** The recipe with `overrides` in force from the tick after `tick`; a change at the same tick replaces the last. */
export function withOverrides(recipe: RunRecipe, tick: number, overrides: Overrides): RunRecipe {
  const last = recipe.segments[recipe.segments.length - 1]
  if (tick < last.tick)
    throw new RangeError(`a change at tick ${tick} cannot follow one at tick ${last.tick}`)
  const kept = tick === last.tick ? recipe.segments.slice(0, -1) : recipe.segments
  return { segments: [...kept, { tick, overrides }] }
}

/** `{ path: value }` as the override list prepareScenario takes (values used as they are). */
export const overrideList = (overrides: Overrides): Override[] =>
  Object.entries(overrides).map(([path, value]) => ({ path, value }))

/** The entries of `next` that differ from `previous` (overrides are only ever added or changed). */
export function changedEntries(previous: Overrides, next: Overrides): [string, unknown][] {
  return Object.entries(next).filter(
    ([path, value]) =>
      !Object.hasOwn(previous, path) || JSON.stringify(previous[path]) !== JSON.stringify(value),
  )
}
