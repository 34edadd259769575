// docs/ODD.md describes the model as built: every parameter path of every scenario kind (array
// items included), every observable and every event kind must appear in it, in backticks. A
// parameter added to the schema, or an observable or event added to the engine, fails this test
// until the ODD documents it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSimulation } from '../../src/engine/simulation.ts'
import {
  listParameters,
  SCENARIO_KINDS,
  type ScenarioKind,
  SSR_OBSERVABLES,
  scenarioKinds,
} from '../../src/scenario/schema.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8')

/** The names not written in backticks in `text`. */
function undocumented(names: Iterable<string>, text = odd): string[] {
  return [...new Set(names)].filter((name) => !text.includes('`' + name + '`'))
}

type JsonSchemaNode = {
  type?: string
  properties?: Record<string, JsonSchemaNode>
  items?: JsonSchemaNode
  oneOf?: JsonSchemaNode[]
}

/**
 * Every field path under a JSON Schema node: objects by their properties, the branches of a
 * discriminated union under the same prefix, and the items of an array of objects as `path[].field`.
 * Schedules, unions of values, records and arrays of plain values are leaves.
 */
function fieldPaths(node: JsonSchemaNode, prefix: string): string[] {
  const join = (key: string) => (prefix === '' ? key : `${prefix}.${key}`)
  if (node.properties) {
    return Object.entries(node.properties).flatMap(([key, child]) => fieldPaths(child, join(key)))
  }
  if (node.oneOf?.some((branch) => branch.properties)) {
    return node.oneOf.flatMap((branch) => fieldPaths(branch, prefix))
  }
  if (node.type === 'array' && node.items && (node.items.properties || node.items.oneOf)) {
    return [prefix, ...fieldPaths(node.items, `${prefix}[]`)]
  }
  return [prefix]
}

/** Every parameter of a kind: the listed parameters, the file's own fields and the array items. */
function parameterPaths(kind: ScenarioKind): string[] {
  const listed = listParameters(kind).map((parameter) => parameter.path)
  const walked = fieldPaths(scenarioKinds[kind].jsonSchema() as JsonSchemaNode, '')
  return [...new Set([...listed, ...walked])]
}

/** Observable names of Epstein's models, read from a small running simulation of each kind. */
function epsteinObservables(kind: 'civil-violence' | 'inter-group'): readonly string[] {
  const scenario = parseScenario({
    kind,
    name: 'ODD check',
    ticks: 1,
    world: { width: 20, height: 20 },
    model: { vision: 2 },
  })
  return createSimulation(scenario).observableNames
}

/** The names of the EventKind union, read from the source so that a new kind is picked up. */
function eventKinds(): string[] {
  const source = readFileSync(new URL('../../src/engine/core/events.ts', import.meta.url), 'utf8')
  const union = source.match(/export type EventKind =([\s\S]*?)\n\n/)
  if (!union) throw new Error('EventKind union not found in src/engine/core/events.ts')
  return [...union[1].matchAll(/'([a-z-]+)'/g)].map((match) => match[1])
}

describe('docs/ODD.md', () => {
  it('walks array items, so that a parameter inside a district, phase or shock is required too', () => {
    const paths = parameterPaths('ssr')
    for (const path of ['districts[].hardshipLow', 'drawdown.phases[].when', 'shocks[].joinSpoilers']) {
      expect(paths).toContain(path)
    }
    expect(paths.filter((path) => path === 'shocks[].tick')).toHaveLength(1)
  })

  it('reports a name it does not find', () => {
    expect(undocumented(['model.notAParameter', 'model.legitimacy'], 'the `model.legitimacy` path')).toEqual([
      'model.notAParameter',
    ])
  })

  for (const kind of SCENARIO_KINDS) {
    it(`documents every ${kind} parameter`, () => {
      const paths = parameterPaths(kind)
      expect(paths.length).toBeGreaterThan(15)
      const missing = undocumented(paths)
      expect(missing, `parameters of ${kind} missing from docs/ODD.md: ${missing.join(', ')}`).toEqual([])
    })
  }

  it('documents every observable of the SSR model and the per-district violence columns', () => {
    const missing = undocumented([...SSR_OBSERVABLES, 'violence.<District>'])
    expect(missing, `SSR observables missing from docs/ODD.md: ${missing.join(', ')}`).toEqual([])
  })

  for (const kind of ['civil-violence', 'inter-group'] as const) {
    it(`documents every observable of ${kind}`, () => {
      const names = epsteinObservables(kind)
      expect(names.length).toBeGreaterThan(0)
      const missing = undocumented(names)
      expect(missing, `${kind} observables missing from docs/ODD.md: ${missing.join(', ')}`).toEqual([])
    })
  }

  it('documents every event kind', () => {
    const kinds = eventKinds()
    expect(kinds.length).toBeGreaterThan(5)
    const missing = undocumented(kinds)
    expect(missing, `event kinds missing from docs/ODD.md: ${missing.join(', ')}`).toEqual([])
  })
})
