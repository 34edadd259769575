// listParameters for the parameter panel and docs, and the rule that schema.ts never loads mathjs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listParameters, SCENARIO_KINDS } from '../../src/scenario/schema.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

describe('listParameters', () => {
  it('lists every model I parameter leaf with its dotted path and metadata', () => {
    const parameters = listParameters('civil-violence')
    expect(parameters.map((p) => p.path)).toEqual([
      'name',
      'description',
      'seed',
      'ticks',
      'ticksPerYear',
      'world.width',
      'world.height',
      'world.topology',
      'rules.arrestRatio',
      'rules.neighbourhood',
      'rules.jailed',
      'rules.turn',
      'rules.jailTerm',
      'rules.release',
      'rules.activeSelf',
      'rules.copOnArrest',
      'rules.placement',
      'model.citizenDensity',
      'model.copDensity',
      'model.legitimacy',
      'model.vision',
      'model.maxJailTerm',
      'model.threshold',
      'model.arrestConstant',
      'model.movement',
    ])
    const byPath = Object.fromEntries(parameters.map((p) => [p.path, p]))
    expect(byPath['model.citizenDensity']).toEqual({
      path: 'model.citizenDensity',
      type: 'number',
      label: 'Citizen density',
      description: 'Share of cells holding a citizen at the start.',
      unit: 'share of cells',
      min: 0,
      max: 1,
      default: 0.7,
      optional: false,
      startOnly: true,
    })
    expect(byPath['model.legitimacy']).toMatchObject({
      type: 'schedule',
      min: 0,
      max: 1,
      default: 0.82,
      names: ['t'],
    })
    expect(byPath['model.maxJailTerm']).toMatchObject({
      type: 'integer',
      min: 1,
      options: ['life'],
      default: 30,
    })
    expect(byPath['model.vision']).toMatchObject({ min: 0, exclusiveMin: true, max: 50, unit: 'cells' })
    expect(byPath['rules.turn']).toMatchObject({
      type: 'enum',
      options: ['mesa', 'netlogo'],
      default: 'mesa',
    })
    expect(byPath['world.width']).toMatchObject({ type: 'integer', min: 3, max: 2000 })
    expect(byPath['world.width'].default).toBeUndefined()
  })

  it('gives the inter-group model its own parameters and defaults', () => {
    const byPath = Object.fromEntries(listParameters('inter-group').map((p) => [p.path, p]))
    expect(byPath['model.citizenDensity']).toBeUndefined()
    expect(byPath['model.vision'].default).toBe(1.7)
    expect(byPath['model.maxAge']).toMatchObject({ type: 'integer', min: 1, unit: 'ticks', default: 200 })
    expect(byPath['model.reproductionProbability']).toMatchObject({
      unit: 'probability per tick',
      default: 0.05,
    })
  })

  it('gives every parameter a label and a description', () => {
    for (const kind of SCENARIO_KINDS) {
      for (const parameter of listParameters(kind)) {
        expect(parameter.label, parameter.path).toBeTruthy()
        expect(parameter.description, parameter.path).toBeTruthy()
      }
    }
  })

  it('agrees with validation about defaults', () => {
    for (const kind of SCENARIO_KINDS) {
      const districts = kind === 'ssr' ? { districts: [{ name: 'Only' }] } : {}
      const scenario = parseScenario({
        kind,
        name: 'x',
        ticks: 1,
        world: { width: 50, height: 50 },
        ...districts,
      })
      for (const parameter of listParameters(kind)) {
        if (parameter.default === undefined) continue
        const value = parameter.path
          .split('.')
          .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], scenario)
        expect(value, `${kind} ${parameter.path}`).toEqual(parameter.default)
      }
    }
  })
})

describe('schema.ts stays free of mathjs, for the browser main thread', () => {
  it('imports nothing that imports mathjs', () => {
    const seen = new Set<string>()
    const visit = (url: URL) => {
      if (seen.has(url.href)) return
      seen.add(url.href)
      const source = readFileSync(url, 'utf8')
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
        expect(specifier, `${url.pathname} imports ${specifier}`).not.toMatch(/mathjs|\/expr\//)
        if (specifier.startsWith('.')) visit(new URL(specifier, url))
      }
    }
    visit(new URL('../../src/scenario/schema.ts', import.meta.url))
    expect(seen.size).toBeGreaterThan(10)
  })
})
