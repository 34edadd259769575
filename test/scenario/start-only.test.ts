// Start-only parameters: marked on a leaf or on an object around it, listed as `startOnly: true`
// so the parameter panel can say a change applies on reset; absent on every other parameter.
import { describe, expect, it } from 'vitest'
import {
  array,
  boolean,
  enumOf,
  integer,
  listLeaves,
  number,
  object,
  optional,
  schedule,
  string,
} from '../../src/scenario/spec/index.ts'

const spec = object({
  world: object(
    {
      width: integer({ min: 3, label: 'Width' }),
      topology: enumOf(['torus', 'bounded'], { default: 'torus' }),
    },
    { label: 'World', startOnly: true },
  ),
  model: object({
    citizenDensity: number({ min: 0, max: 1, default: 0.7, startOnly: true }),
    legitimacy: schedule({ min: 0, max: 1, default: 0.8 }),
    movement: boolean({ default: true, startOnly: false }),
    districts: array(object({ name: string() }), { startOnly: true }),
    note: optional(string({ startOnly: true })),
  }),
})

const byPath = () => Object.fromEntries(listLeaves(spec).map((info) => [info.path, info]))

describe('start-only parameters', () => {
  it('are listed with startOnly: true, whether marked on the leaf or on an object around it', () => {
    const leaves = byPath()
    const startOnly = Object.keys(leaves).filter((path) => leaves[path].startOnly === true)
    expect(startOnly).toEqual([
      'world.width',
      'world.topology',
      'model.citizenDensity',
      'model.districts',
      'model.note',
    ])
    expect(leaves['model.citizenDensity']).toEqual({
      path: 'model.citizenDensity',
      type: 'number',
      min: 0,
      max: 1,
      default: 0.7,
      optional: false,
      startOnly: true,
    })
  })

  it('leave the key out for every other parameter, as before', () => {
    const leaves = byPath()
    expect(Object.hasOwn(leaves['model.legitimacy'], 'startOnly')).toBe(false)
    expect(Object.hasOwn(leaves['model.movement'], 'startOnly')).toBe(false)
  })

  it('do not change validation or the JSON Schema', () => {
    const plain = object({ density: number({ min: 0, max: 1, default: 0.7 }) })
    const marked = object({ density: number({ min: 0, max: 1, default: 0.7, startOnly: true }) })
    expect(marked.jsonSchema()).toEqual(plain.jsonSchema())
  })
})
