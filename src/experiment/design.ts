// Design points: the values of every factor at every point, for each kind of design. Sampling
// designs also keep their points in the unit cube, which the analysis reads.
import type { DesignType } from './design-rules.ts'
import { latinHypercube } from './latin-hypercube.ts'
import { fromUnit, levelsOf, type Scale } from './levels.ts'
import { saltelliUnitPoints } from './saltelli.ts'
import { designStream } from './seeds.ts'

export type FactorValue = number | string

/** A factor once checked against the base scenario. */
export interface PlannedFactor {
  /** Its column name: the scenario path it varies, or its name when given as sets. */
  path: string
  /** A factor given as sets: each value's changes, as dotted path → value. */
  sets?: ReadonlyMap<FactorValue, Record<string, unknown>>
  values?: readonly FactorValue[]
  range?: readonly [number, number]
  levels?: number
  scale: Scale
  /** The parameter takes whole numbers: sampled and level values are rounded to the nearest. */
  integer: boolean
  /** One-at-a-time designs: the value held while other factors vary. */
  base?: FactorValue
}

export interface DesignPoints {
  /** points[p][f]: the value of factor f at design point p. */
  points: FactorValue[][]
  /** Sampling designs: the same points in [0, 1)^k before mapping onto the ranges. */
  unit?: number[][]
}

export interface DesignOptions {
  /** Latin hypercube and Saltelli: the number of samples. */
  n?: number
  /** Latin hypercube: the seed of its sampling stream. */
  seed?: number
}

const whole = (factor: PlannedFactor, value: number) => (factor.integer ? Math.round(value) : value)

/** A factor's values in factorial and one-at-a-time designs: its list, or its range's levels. */
export function factorLevels(factor: PlannedFactor): FactorValue[] {
  if (factor.values !== undefined) return [...factor.values]
  if (factor.range === undefined || factor.levels === undefined) return []
  return levelsOf(factor.range, factor.levels, factor.scale).map((value) => whole(factor, value))
}

/** Every combination, in nested-loop order: the first factor varies slowest, the last fastest. */
function factorial(factors: readonly PlannedFactor[]): FactorValue[][] {
  let points: FactorValue[][] = [[]]
  for (const factor of factors) {
    const levels = factorLevels(factor)
    points = points.flatMap((point) => levels.map((value) => [...point, value]))
  }
  return points
}

/**
 * Point 0 holds every factor at its base value; then, factor by factor in file order, one point per
 * value of that factor other than its base value, every other factor at base.
 */
function oneAtATime(factors: readonly PlannedFactor[]): FactorValue[][] {
  const base = factors.map((factor) => factor.base as FactorValue)
  const points = [base]
  factors.forEach((factor, f) => {
    for (const value of factorLevels(factor)) {
      if (value !== base[f]) points.push(base.map((held, i) => (i === f ? value : held)))
    }
  })
  return points
}

function onRanges(factors: readonly PlannedFactor[], unit: number[][]): DesignPoints {
  const points = unit.map((row) =>
    row.map((u, f) => {
      const factor = factors[f]
      return whole(factor, fromUnit(u, factor.range as [number, number], factor.scale))
    }),
  )
  return { points, unit }
}

/** The points of a design over `factors`. arms-only has one point with no factor values. */
export function designPoints(
  type: DesignType,
  factors: readonly PlannedFactor[],
  options: DesignOptions = {},
): DesignPoints {
  const n = options.n ?? 1
  switch (type) {
    case 'arms-only':
      return { points: [[]] }
    case 'factorial':
      return { points: factorial(factors) }
    case 'one-at-a-time':
      return { points: oneAtATime(factors) }
    case 'latin-hypercube':
      return onRanges(
        factors,
        latinHypercube(n, factors.length, designStream(options.seed ?? 0, 'latin-hypercube')),
      )
    case 'saltelli':
      return onRanges(factors, saltelliUnitPoints(n, factors.length))
  }
}
