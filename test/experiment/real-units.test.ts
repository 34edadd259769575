// Batch results in real units (`record.units: "real"`): the series and final values are the model's
// scaled by the scenario's `scale` and per month, as `drawdown run --units real` writes them; the
// outcome measures and the recorded ticks do not change; the experiment file refuses other units.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateExperiment } from '../../src/experiment/expand.ts'
import { performRun } from '../../src/experiment/perform-run.ts'
import type { RunSpec } from '../../src/experiment/run-spec.ts'
import { prepareScenario } from '../../src/io/prepare.ts'

const baselineFile = new URL('../../scenarios/baseline.json', import.meta.url)
const raw = JSON.parse(readFileSync(baselineFile, 'utf8'))
const prepared = prepareScenario(raw, {
  overrides: [
    { path: 'world.width', value: 30 },
    { path: 'world.height', value: 30 },
    { path: 'ticks', value: 60 },
    { path: 'drawdown.policy', value: 'none' },
  ],
})
if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems))
const spec: RunSpec = {
  runId: 0,
  point: 0,
  arm: '',
  replicate: 0,
  seed: 3,
  scenario: prepared.scenario,
  factors: {},
}

// baseline.json: 150 people per citizen agent, 40 personnel per security agent, 52 ticks a year.
const PEOPLE_PER_CITIZEN = 150
const PERSONNEL_PER_AGENT = 40
const TICKS_PER_MONTH = 52 / 12
const names = ['citizens.count', 'police.count', 'civilians.killed', 'violence.events', 'citizens.legitimacy']
type Result = ReturnType<typeof performRun>
let model: Result
let real: Result
beforeAll(() => {
  model = performRun(spec, { observables: names, every: 2, units: 'model' })
  real = performRun(spec, { observables: names, every: 2, units: 'real' })
})
const column = (result: Result, name: string) => Array.from(result.columns[result.names.indexOf(name)])

describe('record.units "real" in batch results', () => {
  it('scales agents to people and per-tick counts to per-month ones, as drawdown run does', () => {
    const scaled = (name: string, by: number) => column(model, name).map((value) => value * by)
    expect(column(real, 'citizens.count')).toEqual(scaled('citizens.count', PEOPLE_PER_CITIZEN))
    expect(column(real, 'police.count')).toEqual(scaled('police.count', PERSONNEL_PER_AGENT))
    expect(column(real, 'civilians.killed')).toEqual(
      scaled('civilians.killed', PEOPLE_PER_CITIZEN * TICKS_PER_MONTH),
    )
    expect(column(real, 'violence.events')).toEqual(scaled('violence.events', TICKS_PER_MONTH))
    // A share is the same in both.
    expect(column(real, 'citizens.legitimacy')).toEqual(column(model, 'citizens.legitimacy'))
    expect(column(model, 'citizens.count')[0]).toBeGreaterThan(0)
  })

  it('converts the final values too, and leaves ticks and outcome measures alone', () => {
    const at = model.names.indexOf('citizens.count')
    expect(real.final[at]).toBe(model.final[at] * PEOPLE_PER_CITIZEN)
    expect(Array.from(real.tickColumn)).toEqual(Array.from(model.tickColumn))
    expect(real.outcome).toEqual(model.outcome)
  })

  it('is refused with the path and the allowed values when it is neither "model" nor "real"', () => {
    const result = validateExperiment(
      {
        name: 'units',
        scenario: raw,
        replicates: { seeds: [1] },
        record: { units: 'people' },
      },
      () => {
        throw new Error('no files here')
      },
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('record.units')
  })
})
