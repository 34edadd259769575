// What an expanded experiment is: the list of runs a batch executes, with the design behind it.
// One type for the runner, the writers, the analysis and the browser alike.
import type { UnitMode } from '../io/units.ts'
import type { Scenario } from '../scenario/schema.ts'
import type { FactorValue } from './design.ts'
import type { DesignType } from './design-rules.ts'
import type { Scale } from './levels.ts'

export interface RunSpec {
  /** 0-based and dense; runs are ordered point-major, then arm, then replicate. */
  runId: number
  /** Design point index into `design.points`. */
  point: number
  /** Arm name; "" when the experiment has no arms. */
  arm: string
  /** 0-based replicate index into `seeds`. */
  replicate: number
  /** The run's seed: `seeds[replicate]`, the same at every point and in every arm. */
  seed: number
  /** Factor path → its value at this point, in `factorNames` order. */
  factors: Record<string, FactorValue>
  /** The validated scenario of this run, defaults filled in, with `seed` and `ticks` set. */
  scenario: Scenario
}

/** A factor as the design used it, for the manifest and the analysis. */
export interface DesignFactor {
  path: string
  /** A factor given as sets: each value's changes (dotted path → value). */
  sets?: Record<string, Record<string, unknown>>
  /** The values it took (factorial, one-at-a-time). */
  values?: FactorValue[]
  /** The range it was sampled from (Latin hypercube, Saltelli) or split into levels. */
  range?: [number, number]
  scale?: Scale
  /** One-at-a-time: the value held while others vary. */
  base?: FactorValue
  /** Whole-number parameter: values were rounded. */
  integer?: true
}

/** The expanded design: plain data, deterministic, written as is into manifest.json. */
export interface ExpandedDesign {
  type: DesignType
  /** Latin hypercube and Saltelli: the number of (base) samples. */
  n?: number
  /** Latin hypercube: the seed of its sampling stream. */
  seed?: number
  factors: DesignFactor[]
  /** points[p][f]: the value of factor f at design point p. */
  points: FactorValue[][]
  /** Latin hypercube and Saltelli: the points in [0, 1)^k. For Saltelli, see saltelliLayout. */
  unit?: number[][]
}

export interface ExpandedExperiment {
  name: string
  description: string
  /** The base scenario's kind. */
  kind: Scenario['kind']
  /** Ticks of the longest run (every run's, unless a factor or an arm changes the run length). */
  ticks: number
  factorNames: string[]
  /** Arm names in file order; [""] when there are no arms, so every run has an arm. */
  armNames: string[]
  /** Arm descriptions, by name ("" for the implicit arm). */
  armDescriptions: Record<string, string>
  /** The replicate seeds, shared by every point and arm. */
  seeds: number[]
  design: ExpandedDesign
  record: { observables: string[]; every: number; units: UnitMode }
  runs: RunSpec[]
  /** Canonical JSON of the experiment file and its base scenario: the input of `hash`. */
  canonicalText: string
  /** SHA-256 (hex) of canonicalText. */
  hash: string
}
