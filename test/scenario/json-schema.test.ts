// scenarios/schema.json: current with the code, strict, and shaped for editors' autocompletion.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema.ts'
import { SCENARIO_KINDS } from '../../src/scenario/schema.ts'

type Schema = Record<string, unknown>

/** The subschema at `keys`, failing the test if there is none. */
function at(schema: unknown, ...keys: (string | number)[]): Schema {
  let node = schema
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) throw new Error(`no ${keys.join('/')} in the schema`)
    node = (node as Record<string | number, unknown>)[key]
  }
  if (typeof node !== 'object' || node === null) throw new Error(`no ${keys.join('/')} in the schema`)
  return node as Schema
}

/** Every subschema, with its JSON pointer, depth first. */
function* walk(schema: unknown, pointer = '#'): Generator<[string, Schema]> {
  if (Array.isArray(schema)) {
    for (const [index, item] of schema.entries()) yield* walk(item, `${pointer}/${index}`)
    return
  }
  if (typeof schema !== 'object' || schema === null) return
  yield [pointer, schema as Schema]
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'default' && key !== 'const' && key !== 'enum') yield* walk(value, `${pointer}/${key}`)
  }
}

describe('scenarios/schema.json', () => {
  it('is up to date with the code (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(new URL('../../scenarios/schema.json', import.meta.url), 'utf8')
    expect(committed).toBe(scenarioJsonSchemaText())
  })

  it('is draft-07 with one oneOf branch per kind, each fixing kind with const', () => {
    const schema = scenarioJsonSchema()
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    const branches = SCENARIO_KINDS.map((_, index) => at(schema, 'oneOf', index))
    expect(branches.map((branch) => at(branch, 'properties', 'kind').const)).toEqual(SCENARIO_KINDS)
    const required = (kind: string) => [
      'kind',
      'name',
      'ticks',
      'world',
      ...(kind === 'ssr' ? ['districts'] : []),
    ]
    SCENARIO_KINDS.forEach((kind, i) => {
      expect(branches[i].required).toEqual(required(kind))
    })
  })

  it('forbids unknown keys in every object with declared properties', () => {
    const open = [...walk(scenarioJsonSchema())]
      .filter(([, schema]) => schema.properties !== undefined && schema.additionalProperties !== false)
      .map(([pointer]) => pointer)
    expect(open).toEqual([])
  })

  it('carries descriptions, defaults, bounds and enums', () => {
    const schema = scenarioJsonSchema()
    const model = at(schema, 'oneOf', 0, 'properties', 'model', 'properties') as Record<string, Schema>
    expect(model.citizenDensity).toMatchObject({
      title: 'Citizen density',
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.7,
    })
    expect(model.citizenDensity.description).toContain('Unit: share of cells.')
    expect(model.vision).toMatchObject({ exclusiveMinimum: 0, maximum: 50, default: 7 })
    const rules = at(schema, 'oneOf', 0, 'properties', 'rules', 'properties') as Record<string, Schema>
    expect(rules.arrestRatio).toMatchObject({ enum: ['literal', 'rounded', 'floored'], default: 'rounded' })
    expect(model.maxJailTerm.anyOf).toEqual([
      { type: 'integer', minimum: 1, maximum: 100000 },
      { const: 'life' },
    ])
  })

  it('spells out which dotted paths a preset may set, per kind', () => {
    const schema = scenarioJsonSchema()
    const entries = (index: number) =>
      Object.keys(at(schema, 'oneOf', index, 'properties', 'presets', 'additionalProperties', 'properties'))
    expect(entries(0)).toContain('model.legitimacy')
    expect(entries(0)).not.toContain('model.blueShare')
    expect(entries(1)).toContain('model.blueShare')
    expect(entries(0)).not.toContain('kind')
  })
})
