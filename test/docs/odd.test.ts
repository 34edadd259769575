// docs/ODD.md describes the model as built. Its parameter and observable tables are generated from
// the schema, the parameter sources and the observable registry (`npm run docs`): the committed file
// must equal the generated one, every parameter must sit in some table, and every numeric parameter
// must have a source or reason. Event kinds are described by hand; each must appear in it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commonPaths, renderGenerated } from '../../src/docs/odd.ts'
import { parameterRows } from '../../src/docs/parameter-rows.ts'
import { sourceKey } from '../../src/docs/parameter-table.ts'
import { SCENARIO_KINDS, scenarioKinds } from '../../src/scenario/schema.ts'
import { PARAMETER_SOURCES } from '../../src/scenario/sources/index.ts'

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8')

/** The names of the EventKind union, read from the source so that a new kind is picked up. */
function eventKinds(): string[] {
  const source = readFileSync(new URL('../../src/engine/core/events.ts', import.meta.url), 'utf8')
  const union = source.match(/export type EventKind =([\s\S]*?)\n\n/)
  if (!union) throw new Error('EventKind union not found in src/engine/core/events.ts')
  return [...union[1].matchAll(/'([a-z-]+)'/g)].map((match) => match[1])
}

describe('docs/ODD.md', () => {
  it('holds the tables generated from the code (run `npm run docs` after changing the schema)', () => {
    // Compared block by block first, so that a failure names the table that drifted.
    const blocks = (text: string) => text.match(/<!-- generated:[\s\S]*?<!-- \/generated -->/g) ?? []
    const generated = renderGenerated(odd)
    expect(blocks(odd).length).toBeGreaterThan(15)
    expect(blocks(odd)).toEqual(blocks(generated))
    expect(odd).toBe(generated)
  })

  it('gives the schema’s defaults, such as the relapse threshold', () => {
    const row = odd.split('\n').find((line) => line.startsWith('| `outcomes.relapseThreshold`'))
    expect(row?.split('|').map((cell) => cell.trim())[4]).toBe('20')
  })

  it('refuses to leave a parameter out of every table', () => {
    const withoutOutcomes = odd.replace('<!-- generated:parameters:ssr:outcomes -->', '<!-- outcomes -->')
    expect(() => renderGenerated(withoutOutcomes)).toThrow(
      /in no generated table.*ssr outcomes\.relapseThreshold/,
    )
    expect(() => renderGenerated('<!-- generated:parameters:ssr:nothing -->\n<!-- /generated -->')).toThrow(
      'ssr has no nothing',
    )
  })

  it('walks list items and the branches of shocks', () => {
    const generated = renderGenerated(odd)
    for (const path of ['districts[].hardshipLow', 'drawdown.phases[].when', 'shocks[].joinSpoilers'])
      expect(generated).toContain(`| \`${path}\``)
    expect(generated).toMatch(/\| `shocks\[\]\.share` +\| `army-dismissal` +\|/)
    expect(generated).toMatch(/\| `shocks\[\]\.share` +\| `spoiler-influx` +\|/)
  })

  for (const kind of SCENARIO_KINDS) {
    it(`has a source or reason for every numeric ${kind} parameter, and none for a path that is gone`, () => {
      const common = commonPaths()
      const rows = parameterRows(scenarioKinds[kind]).filter((row) => !common.includes(row.path))
      const numeric = rows.filter((row) => ['number', 'integer', 'schedule'].includes(row.type))
      expect(numeric.length).toBeGreaterThan(5)
      const sources = PARAMETER_SOURCES[kind]
      const missing = numeric.map(sourceKey).filter((key) => !sources[key])
      expect(missing, `add to src/scenario/sources/${kind}.ts`).toEqual([])
      const keys = new Set(rows.map(sourceKey))
      expect(Object.keys(sources).filter((key) => !keys.has(key))).toEqual([])
    })
  }

  it('documents every event kind', () => {
    const kinds = eventKinds()
    expect(kinds.length).toBeGreaterThan(5)
    const missing = kinds.filter((kind) => !odd.includes('`' + kind + '`'))
    expect(missing, `event kinds missing from docs/ODD.md: ${missing.join(', ')}`).toEqual([])
  })
})
