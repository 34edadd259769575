// Which charts a run gets follows from its column names alone: the SSR views appear for SSR-like
// columns, the Epstein views for the Epstein models, and nothing is left unshown.
import { describe, expect, it } from 'vitest'
import { chooseCharts, differenceLines } from '../../src/ui/charts/views.ts'
import { SSR_NAMES } from './synthetic.ts'

const CIVIL = ['quiescent', 'active', 'jailed', 'cops', 'legitimacy', 'arrests']
const INTER_GROUP = [
  ...['blue', 'green'].flatMap((g) => ['population', 'active', 'jailed', 'killed'].map((m) => `${g}.${m}`)),
  'peacekeepers',
  'legitimacy',
  'arrests',
]

const shown = (names: string[]) =>
  new Set(
    chooseCharts(names).flatMap((spec) =>
      spec.type === 'lines'
        ? spec.lines.map((line) => line.name)
        : spec.type === 'strength'
          ? [spec.name]
          : spec.actors.flatMap((a) => spec.measures.map((m) => `${a.key}.${m.key}`)),
    ),
  )

describe('chooseCharts', () => {
  it('gives an SSR run peacekeeper strength, trust/capacity/violence by actor and violence against the threshold', () => {
    const specs = chooseCharts(SSR_NAMES)
    expect(specs.slice(0, 3).map((s) => s.id)).toEqual(['strength', 'actors', 'violence'])
    const actors = specs.find((s) => s.id === 'actors')
    expect(actors).toMatchObject({
      type: 'multiples',
      key: true,
      actors: [{ key: 'pk' }, { key: 'police' }, { key: 'military' }, { key: 'spoilers' }],
      measures: [{ key: 'trust' }, { key: 'capacity' }, { key: 'violence' }],
      aliases: { 'pk.capacity': 'pk.strength' },
    })
    expect(specs.find((s) => s.id === 'violence')).toMatchObject({ threshold: true, key: true })
    expect(specs.some((s) => s.id.startsWith('groups-'))).toBe(false)
  })

  it('gives the Epstein models their citizen and group charts', () => {
    expect(chooseCharts(CIVIL)[0]).toMatchObject({ id: 'citizens', key: true })
    const groups = chooseCharts(INTER_GROUP).filter((s) => s.id.startsWith('groups-'))
    expect(groups.map((s) => s.id)).toEqual([
      'groups-population',
      'groups-active',
      'groups-killed',
      'groups-jailed',
    ])
    expect(groups[0]).toMatchObject({ lines: [{ name: 'blue.population' }, { name: 'green.population' }] })
  })

  it('shows every column somewhere', () => {
    for (const names of [CIVIL, INTER_GROUP, SSR_NAMES]) {
      const covered = shown(names)
      expect(
        names.filter(
          (name) => !covered.has(name) && !covered.has(name.replace('pk.strength', 'pk.capacity')),
        ),
      ).toEqual([])
    }
  })

  it('takes the B − A lines from the first key line chart', () => {
    expect(differenceLines(chooseCharts(CIVIL)).map((l) => l.name)).toEqual(['quiescent', 'active', 'jailed'])
    expect(differenceLines(chooseCharts(SSR_NAMES)).map((l) => l.name)).toEqual(['violence.rate'])
  })
})
