// One run of a batch (the shared contract of issue #8). Stand-in until the design branch's
// run-spec.ts (same shape) is merged.
import type { Scenario } from '../scenario/schema.ts'

/** One run of an expanded experiment. */
export interface RunSpec {
  /** 0-based and dense: the order of every output file. */
  runId: number
  /** Index of the design point. */
  point: number
  /** Arm name, "" when the experiment has no arms. */
  arm: string
  /** 0-based replicate index; every point and arm shares replicate seeds. */
  replicate: number
  seed: number
  /** Factor path → value at this design point. */
  factors: Record<string, number | string>
  /** The parsed scenario, preset and overrides applied; it runs `scenario.ticks` ticks. */
  scenario: Scenario
}
