// Observables in real units: agents as people through `scale`, counts per tick as counts per month
// through `ticksPerYear`; shares, indices and rates per 10,000 unchanged. The registry that drives
// it must name every column the engine writes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import { convertColumn, convertColumns, realTotal, unitsFor } from '../../src/io/units.ts'
import { OBSERVABLE_INFO, observableInfo, SCENARIO_KINDS, type Scenario } from '../../src/scenario/schema.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

const library = (name: string): Scenario =>
  parseScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')))

const baseline = library('baseline') // 150 people per citizen, 40 per force agent, 52 ticks a year
const epstein = library('epstein-civil-violence') // no scale

const small = (kind: Scenario['kind']): Scenario =>
  parseScenario({
    kind,
    name: 'units',
    ticks: 1,
    world: { width: 20, height: 20 },
    ...(kind === 'ssr' ? { districts: [{ name: 'North Hills' }] } : { model: { vision: 2 } }),
  })

describe('the observable registry', () => {
  for (const kind of SCENARIO_KINDS) {
    it(`describes exactly the columns the ${kind} engine writes`, () => {
      const names = createSimulation(small(kind)).observableNames
      expect(names.length).toBeGreaterThan(5)
      expect(names.filter((name) => observableInfo(kind, name) === undefined)).toEqual([])
      const fixed = names.filter((name) => name !== 'violence.North_Hills')
      expect(Object.keys(OBSERVABLE_INFO[kind]).sort()).toEqual([...fixed].sort())
    })
  }
})

describe('unitsFor', () => {
  const perMonth = 52 / 12

  it('leaves every observable as it is in model units', () => {
    expect(unitsFor(baseline, 'citizens.count', 'model')).toEqual({
      scale: 1,
      unit: 'agents',
      label: 'Citizens (agents)',
    })
    expect(unitsFor(baseline, 'civilians.killed', 'model')).toMatchObject({
      scale: 1,
      unit: 'agents per tick',
    })
    expect(unitsFor(baseline, 'arrests', 'model')).toMatchObject({ scale: 1, unit: 'events per tick' })
  })

  it('turns citizen agents into people and force agents into personnel', () => {
    expect(unitsFor(baseline, 'citizens.count', 'real')).toEqual({
      scale: 150,
      unit: 'people',
      label: 'Citizens (people)',
    })
    expect(unitsFor(baseline, 'police.count', 'real')).toMatchObject({ scale: 40, unit: 'people' })
    expect(unitsFor(baseline, 'spoilers.count', 'real')).toMatchObject({ scale: 40, unit: 'people' })
  })

  it('turns counts per tick into counts per month; acts are not scaled by people per agent', () => {
    expect(unitsFor(baseline, 'civilians.killed', 'real')).toEqual({
      scale: 150 * perMonth,
      unit: 'people per month',
      label: 'Civilians killed (people per month)',
    })
    expect(unitsFor(baseline, 'battle.deaths', 'real')).toMatchObject({ scale: 40 * perMonth })
    expect(unitsFor(baseline, 'abuses', 'real')).toMatchObject({ scale: perMonth, unit: 'events per month' })
    expect(unitsFor(baseline, 'violence.Capital', 'real')).toMatchObject({ scale: perMonth })
  })

  it('keeps rates per 10,000 citizens, shares and indices', () => {
    for (const name of ['violence.rate', 'violence.rolling', 'pk.strength', 'police.trust', 'cso.share'])
      expect(unitsFor(baseline, name, 'real').scale, name).toBe(1)
    expect(unitsFor(baseline, 'violence.rolling', 'real').unit).toBe('events per 10,000 citizens per tick')
  })

  it('gives casualties as the sum of its parts, each at its own scale', () => {
    const units = unitsFor(baseline, 'casualties', 'real')
    expect(units.scale).toBeNaN()
    expect(units.unit).toBe('people per month')
    expect(units.terms).toEqual([
      { observable: 'civilians.killed', scale: 150 * perMonth },
      { observable: 'battle.deaths', scale: 40 * perMonth },
    ])
    expect(unitsFor(baseline, 'casualties', 'model')).toMatchObject({ scale: 1 })
  })

  it('keeps agents as agents when the scenario states no scale, converting only time', () => {
    expect(unitsFor(epstein, 'active', 'real')).toMatchObject({ scale: 1, unit: 'agents' })
    expect(unitsFor(epstein, 'arrests', 'real')).toMatchObject({ scale: perMonth, unit: 'events per month' })
  })

  it('names an observable the kind does not have', () => {
    expect(() => unitsFor(epstein, 'citizens.count', 'real')).toThrow(
      'no observable named "citizens.count" in a civil-violence scenario',
    )
  })
})

describe('convertColumns', () => {
  const columns = {
    'citizens.count': Float64Array.of(100, 101),
    'civilians.killed': Float64Array.of(0, 2),
    'battle.deaths': Float64Array.of(1, 3),
    casualties: Float64Array.of(1, 5),
    'violence.rate': Float64Array.of(0.5, 7),
  }
  const names = Object.keys(columns)

  it('scales each column and adds the parts of a sum', () => {
    const real = convertColumns(baseline, columns, names, 'real')
    expect([...real['citizens.count']]).toEqual([15_000, 15_150])
    expect([...real['violence.rate']]).toEqual([0.5, 7])
    const perMonth = 52 / 12
    expect([...real.casualties]).toEqual([40 * perMonth, 2 * 150 * perMonth + 3 * 40 * perMonth])
    expect(Object.keys(real)).toEqual(names)
  })

  it('returns equal copies in model units', () => {
    const model = convertColumns(baseline, columns, names, 'model')
    for (const name of names) expect(model[name]).toEqual(columns[name as keyof typeof columns])
    expect(model['citizens.count']).not.toBe(columns['citizens.count'])
  })

  it('needs the parts of a sum and the column itself', () => {
    expect(() => convertColumn(baseline, { casualties: Float64Array.of(1) }, 'casualties', 'real')).toThrow(
      '"casualties" needs the column "civilians.killed"',
    )
    expect(() => convertColumn(baseline, columns, 'pk.count', 'real')).toThrow('no column named "pk.count"')
  })

  it('totals a count per tick over the run as people', () => {
    expect(realTotal(baseline, columns, 'casualties')).toEqual({
      value: 40 + 2 * 150 + 3 * 40,
      unit: 'people',
    })
    expect(() => realTotal(baseline, columns, 'citizens.count')).toThrow('is not a count per tick')
  })
})
