// The shipped experiment library (scenarios/experiments/*.json) and its JSON Schema: every file
// validates, is the size the issue asks for, and the committed schema is the generated one.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateExperiment } from '../../src/experiment/expand.ts'
import { readExperimentFile } from '../../src/experiment/files-node.ts'
import { experimentJsonSchema, experimentJsonSchemaText } from '../../src/experiment/json-schema.ts'
import type { ExpandedExperiment } from '../../src/experiment/run-spec.ts'
import { designSummary } from '../../src/experiment/summary.ts'

const FOLDER = new URL('../../scenarios/experiments/', import.meta.url).pathname
const FILES = readdirSync(FOLDER).filter((name) => name.endsWith('.json') && name !== 'schema.json')

const expanded = new Map<string, ExpandedExperiment>()

/** The file expanded (once per file: the Saltelli design has hundreds of points to check). */
function expand(name: string): ExpandedExperiment {
  const known = expanded.get(name)
  if (known) return known
  const { input, load } = readExperimentFile(`${FOLDER}${name}`)
  const result = validateExperiment(input, load)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  expanded.set(name, result.experiment)
  return result.experiment
}

/** Runs per (point, arm) cell. */
const perCell = (e: ExpandedExperiment) => e.runs.length / (e.design.points.length * e.armNames.length)

describe('the experiment library', () => {
  it('ships the four experiments of the issue, and the small sensitivity run behind the docs', () => {
    expect(FILES.sort()).toEqual(
      [
        'drawdown-timing.json',
        'handover-vs-abrupt.json',
        'sensitivity-baseline.json',
        'sensitivity-baseline-small.json',
        'smoke.json',
      ].sort(),
    )
  })

  it.each(FILES)('%s validates and points editors at the schema', (name) => {
    expect(expand(name).runs.length).toBeGreaterThan(0)
    expect(JSON.parse(readFileSync(`${FOLDER}${name}`, 'utf8')).$schema).toBe('./schema.json')
  })

  it('smoke is tiny: 2 arms × 3 seeds of a 30 × 30 world for 120 ticks', () => {
    const smoke = expand('smoke.json')
    expect(smoke.armNames.length).toBe(2)
    expect(smoke.runs.length).toBe(6)
    for (const run of smoke.runs) {
      expect(run.scenario.world.width * run.scenario.world.height).toBeLessThanOrEqual(900)
      expect(run.scenario.ticks).toBe(120)
    }
  })

  it('says in one line what each experiment expands to', () => {
    expect(FILES.sort().map((name) => designSummary(expand(name)))).toEqual([
      'factorial: 12 points × 30 seeds = 360 runs',
      'arms-only: 1 point × 5 arms × 40 seeds = 200 runs',
      'saltelli: 768 points × 1 seed = 768 runs',
      'saltelli: 768 points × 2 seeds = 1536 runs',
      'arms-only: 1 point × 2 arms × 3 seeds = 6 runs',
    ])
  })

  it('drawdown-timing crosses exit year with drawdown policy on baseline, ≥ 30 replicates per cell', () => {
    const timing = expand('drawdown-timing.json')
    expect(timing.design.type).toBe('factorial')
    expect(timing.factorNames).toEqual(['exitYear', 'drawdown.policy'])
    expect(perCell(timing)).toBeGreaterThanOrEqual(30)
    expect(timing.runs[0].scenario.name).toBe('Baseline post-conflict country')
  })

  it('handover-vs-abrupt compares named arms on common seeds', () => {
    const handover = expand('handover-vs-abrupt.json')
    expect(handover.armNames).toEqual(expect.arrayContaining(['abrupt', 'phased-handover']))
    const seedsOf = (arm: string) => handover.runs.filter((run) => run.arm === arm).map((run) => run.seed)
    for (const arm of handover.armNames) expect(seedsOf(arm)).toEqual(handover.seeds)
  })

  it('sensitivity-baseline is a Saltelli design over the main SSR levers', () => {
    const sensitivity = expand('sensitivity-baseline.json')
    const k = sensitivity.factorNames.length
    expect(sensitivity.design.type).toBe('saltelli')
    expect(sensitivity.design.points.length).toBe((sensitivity.design.n as number) * (k + 2))
    expect(sensitivity.factorNames).toEqual(
      expect.arrayContaining([
        'reform.politicalWill',
        'reform.ownership',
        'reform.coordination',
        'peacekeepers.posture.protect',
        'peacekeepers.posture.mentor',
        'peacekeepers.density',
        'police.integrity',
      ]),
    )
  })

  it('sensitivity-baseline-small is the same design at validation size (80 × 80), one seed per point', () => {
    const full = expand('sensitivity-baseline.json')
    const small = expand('sensitivity-baseline-small.json')
    expect(small.factorNames).toEqual(full.factorNames)
    expect(small.design.points).toEqual(full.design.points)
    expect(small.seeds.length).toBe(1)
    for (const run of small.runs)
      expect([run.scenario.world.width, run.scenario.world.height]).toEqual([80, 80])
  })
})

describe('scenarios/experiments/schema.json', () => {
  it('is up to date with the code (run `npm run schema` after changing the schema)', () => {
    expect(readFileSync(`${FOLDER}schema.json`, 'utf8')).toBe(experimentJsonSchemaText())
  })

  it('refuses unknown keys and refers inline scenarios to the scenario schema', () => {
    const schema = experimentJsonSchema() as { properties: Record<string, { anyOf?: unknown[] }> }
    expect((schema as { additionalProperties?: boolean }).additionalProperties).toBe(false)
    expect(schema.properties.scenario.anyOf?.[1]).toMatchObject({ $ref: '../schema.json' })
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['scenario', 'design', 'factors', 'arms', 'replicates', 'record']),
    )
  })
})
