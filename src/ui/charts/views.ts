// Which charts a run gets, chosen from its observable names alone, so a new scenario kind lights
// up the views its columns support: peacekeeper strength, trust/capacity/violence by actor,
// violence against the relapse threshold, citizens' states, groups, and everything else.
import type { Facet } from './small-multiples.ts'
import type { LineSpec } from './time-series.ts'

export type ChartSpec =
  | { type: 'strength'; id: string; title: string; name: string; key: boolean }
  | {
      type: 'multiples'
      id: string
      title: string
      actors: Facet[]
      measures: Facet[]
      key: boolean
      aliases?: Record<string, string>
    }
  | { type: 'lines'; id: string; title: string; lines: LineSpec[]; key: boolean; threshold?: boolean }

const WORDS: Readonly<Record<string, string>> = {
  pk: 'peacekeepers',
  quiescent: 'quiet',
  capacityOwned: 'owned capacity',
  politicalWill: 'political will',
  'cso.share': 'CSO share',
  'violence.rate': 'violence rate',
  'violence.rolling': 'rolling violence rate',
}

/** A name in words: "pk.trust" → "peacekeepers trust". */
export const labelOf = (name: string): string =>
  WORDS[name] ??
  name
    .split('.')
    .map((part) => WORDS[part] ?? part)
    .join(' ')

const ACTOR_ORDER = ['pk', 'police', 'military', 'spoilers', 'citizens']
const ACTOR_MEASURES = ['trust', 'capacity', 'violence']
const REFORM_MEASURES = ['capacityOwned', 'integrity']
const GROUP_MEASURES = ['population', 'active', 'killed', 'jailed']
const CITIZEN_STATES = ['quiescent', 'active', 'jailed']

const split = (name: string): [string, string] | null => {
  const dot = name.indexOf('.')
  return dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : null
}

const facet = (key: string): Facet => ({ key, label: labelOf(key) })

/** Actors (prefixes) that have at least one of `measures`, known actors first. */
function actorsWith(names: readonly string[], measures: readonly string[]): string[] {
  const found = new Set<string>()
  for (const name of names) {
    const parts = split(name)
    if (parts && measures.includes(parts[1])) found.add(parts[0])
  }
  const known = ACTOR_ORDER.filter((actor) => found.has(actor))
  return [...known, ...[...found].filter((actor) => !ACTOR_ORDER.includes(actor)).sort()]
}

/** The charts for a run with these observables, in display order; `key` ones are shown in presenter mode. */
export function chooseCharts(names: readonly string[]): ChartSpec[] {
  const has = (name: string) => names.includes(name)
  const used = new Set<string>()
  const specs: ChartSpec[] = []
  const use = (list: readonly string[]) => {
    for (const name of list) used.add(name)
  }

  if (has('pk.strength')) {
    specs.push({
      type: 'strength',
      id: 'strength',
      title: 'Peacekeeper strength and drawdown',
      name: 'pk.strength',
      key: true,
    })
    use(['pk.strength'])
  }

  // Actors with trust/capacity/violence columns, unless they are groups of Model II.
  const groupish = (prefix: string) => GROUP_MEASURES.some((measure) => has(`${prefix}.${measure}`))
  const actors = actorsWith(names, ACTOR_MEASURES).filter((actor) => !groupish(actor) || actor === 'citizens')
  const measures = ACTOR_MEASURES.filter((measure) => actors.some((actor) => has(`${actor}.${measure}`)))
  if (actors.length > 0 && measures.length >= 2) {
    specs.push({
      type: 'multiples',
      id: 'actors',
      title: 'Trust, capacity and violence by actor',
      actors: actors.map(facet),
      measures: measures.map(facet),
      key: true,
      // The peacekeepers' capacity is their strength (the brief's definition).
      aliases: has('pk.capacity') || !has('pk.strength') ? {} : { 'pk.capacity': 'pk.strength' },
    })
    use(actors.flatMap((actor) => measures.map((measure) => `${actor}.${measure}`)))
  }

  if (has('violence.rate')) {
    const lines = ['violence.rate', 'violence.rolling']
      .filter(has)
      .map((name) => ({ name, label: labelOf(name) }))
    specs.push({
      type: 'lines',
      id: 'violence',
      title: 'Violence per 10,000 citizens',
      lines,
      key: true,
      threshold: true,
    })
    use(lines.map((line) => line.name))
  }

  if (CITIZEN_STATES.every(has)) {
    specs.push({
      type: 'lines',
      id: 'citizens',
      title: 'Citizens: quiet, active, jailed',
      lines: CITIZEN_STATES.map((name) => ({ name, label: labelOf(name) })),
      key: true,
    })
    use(CITIZEN_STATES)
  }

  const citizenStates = ['citizens.active', 'citizens.jailed'].filter(has)
  if (citizenStates.length > 0) {
    specs.push({
      type: 'lines',
      id: 'citizens',
      title: 'Citizens: active and jailed',
      lines: citizenStates.map((name) => ({ name, label: labelOf(name), colour: split(name)?.[1] })),
      key: false,
    })
    use(citizenStates)
  }

  const reformActors = actorsWith(names, REFORM_MEASURES)
  if (reformActors.length > 0) {
    const reform = REFORM_MEASURES.filter((measure) =>
      reformActors.some((actor) => has(`${actor}.${measure}`)),
    )
    specs.push({
      type: 'multiples',
      id: 'reform',
      title: 'Owned capacity and integrity',
      actors: reformActors.map(facet),
      measures: reform.map(facet),
      key: false,
    })
    use(reformActors.flatMap((actor) => reform.map((measure) => `${actor}.${measure}`)))
  }

  // Model II: one chart per measure, a line per group.
  const groups = [
    ...new Set(
      names.flatMap((name) => {
        const parts = split(name)
        return parts && GROUP_MEASURES.includes(parts[1]) && !used.has(name) && parts[0] !== 'citizens'
          ? [parts[0]]
          : []
      }),
    ),
  ]
  for (const measure of groups.length >= 2 ? GROUP_MEASURES : []) {
    const lines = groups
      .filter((group) => has(`${group}.${measure}`))
      .map((group) => ({
        name: `${group}.${measure}`,
        label: group,
        colour: group,
      }))
    if (lines.length === 0) continue
    specs.push({
      type: 'lines',
      id: `groups-${measure}`,
      title: `${measure[0].toUpperCase()}${measure.slice(1)} by group`,
      lines,
      key: measure === 'population' || measure === 'active',
    })
    use(lines.map((line) => line.name))
  }

  for (const name of names) {
    if (used.has(name)) continue
    specs.push({
      type: 'lines',
      id: `more-${name}`,
      title: labelOf(name),
      lines: [{ name, label: labelOf(name) }],
      key: false,
    })
  }
  return specs
}

/** The lines the B − A chart shows: those of the first key line chart. */
export function differenceLines(specs: readonly ChartSpec[]): LineSpec[] {
  for (const spec of specs) if (spec.type === 'lines' && spec.key) return spec.lines
  for (const spec of specs) if (spec.type === 'lines') return spec.lines
  return []
}
