// docs/ODD.md's generated blocks: between `<!-- generated:parameters:KIND[:KEYS] -->` or
// `<!-- generated:observables:KIND -->` and `<!-- /generated -->`, tables written from the schema,
// the sources and the observable registry; the prose around them stays hand-written.
import { SCENARIO_KINDS, type ScenarioKind, scenarioKinds } from '../scenario/schema.ts'
import { PARAMETER_SOURCES } from '../scenario/sources/index.ts'
import { observableTable } from './observable-table.ts'
import { type ParameterRow, parameterRows } from './parameter-rows.ts'
import { defaultOf, parameterTable, rangeOf } from './parameter-table.ts'

/** Top-level keys every kind has: the table of fields of every scenario file (ODD 4.1). */
export const COMMON_KEYS: readonly string[] = [
  '$schema',
  'kind',
  'name',
  'description',
  'seed',
  'ticks',
  'ticksPerYear',
  'presets',
  'world',
  'rules',
]

const BLOCK = /<!-- generated:([a-z]+):([^\s]+) -->\n[\s\S]*?<!-- \/generated -->/g

const topKey = (path: string) => path.split(/[.[]/)[0]

const rowsOf = (kind: ScenarioKind) => parameterRows(scenarioKinds[kind])

const commonRows = () =>
  SCENARIO_KINDS.map((kind) => rowsOf(kind).filter((row) => COMMON_KEYS.includes(topKey(row.path))))

/** Paths of the table of fields of every scenario file: under COMMON_KEYS and in every kind. */
export function commonPaths(perKind = commonRows()): string[] {
  return perKind[0]
    .map((row) => row.path)
    .filter((path) => perKind.every((rows) => rows.some((row) => row.path === path)))
}

/** The common fields: present in every kind; a default or range that differs names each kind. */
function commonTable(): { table: string; paths: string[] } {
  const perKind = commonRows()
  const paths = commonPaths(perKind)
  const defaults: Record<string, string> = {}
  const ranges: Record<string, string> = {}
  const byKind = (path: string, cellOf: (row: ParameterRow) => string) => {
    const cells = perKind.map((rows) => cellOf(rows.find((row) => row.path === path)!))
    if (new Set(cells).size === 1) return undefined
    if (path === 'kind') return cells.join(', ')
    return cells.map((cell, i) => `${cell} (${SCENARIO_KINDS[i]})`).join('; ')
  }
  for (const path of paths) {
    const differentDefault = byKind(path, defaultOf)
    if (differentDefault !== undefined) defaults[path] = differentDefault
    const differentRange = byKind(path, rangeOf)
    if (differentRange !== undefined) ranges[path] = differentRange
  }
  const rows = perKind[0].filter((row) => paths.includes(row.path))
  return { table: parameterTable(rows, { defaults, ranges }), paths }
}

function kindTable(
  kind: ScenarioKind,
  keys: readonly string[] | undefined,
  common: readonly string[],
): { table: string; paths: string[] } {
  const wanted = (path: string) =>
    keys === undefined ? !COMMON_KEYS.includes(topKey(path)) : keys.includes(topKey(path))
  const rows = rowsOf(kind).filter((row) => !common.includes(row.path) && wanted(row.path))
  if (rows.length === 0) throw new Error(`generated:parameters:${kind}:${keys?.join(',')}: no parameters`)
  return {
    table: parameterTable(rows, { sources: PARAMETER_SOURCES[kind] }),
    paths: rows.map((row) => row.path),
  }
}

const isKind = (name: string): name is ScenarioKind => (SCENARIO_KINDS as readonly string[]).includes(name)

/**
 * `text` with every generated block rewritten. Throws when a block names an unknown kind or key,
 * or when some parameter of a kind is in no block, so that a new parameter cannot go undocumented.
 */
export function renderGenerated(text: string): string {
  const common = commonTable()
  const covered = new Map<ScenarioKind, Set<string>>(
    SCENARIO_KINDS.map((kind) => [kind, new Set(common.paths)]),
  )
  const rendered = text.replace(BLOCK, (_, what: string, args: string) => {
    const [kind, keyList] = args.split(':')
    let table: string
    if (what === 'parameters' && kind === 'common') table = common.table
    else if (!isKind(kind)) throw new Error(`generated:${what}:${args}: no scenario kind "${kind}"`)
    else if (what === 'observables') table = observableTable(kind)
    else if (what === 'parameters') {
      const keys = keyList?.split(',')
      const known = new Set(rowsOf(kind).map((row) => topKey(row.path)))
      const unknown = (keys ?? []).filter((key) => !known.has(key))
      if (unknown.length > 0)
        throw new Error(`generated:${what}:${args}: ${kind} has no ${unknown.join(', ')}`)
      const block = kindTable(kind, keys, common.paths)
      table = block.table
      for (const path of block.paths) covered.get(kind)!.add(path)
    } else throw new Error(`generated:${what}: unknown table (parameters or observables)`)
    return `<!-- generated:${what}:${args} -->\n\n${table}\n\n<!-- /generated -->`
  })
  const missing = SCENARIO_KINDS.flatMap((kind) =>
    rowsOf(kind)
      .filter((row) => !covered.get(kind)!.has(row.path))
      .map((row) => `${kind} ${row.path}`),
  )
  if (missing.length > 0) {
    throw new Error(
      `parameters in no generated table of docs/ODD.md (add their top-level key to a block): ${[...new Set(missing)].join(', ')}`,
    )
  }
  return rendered
}
