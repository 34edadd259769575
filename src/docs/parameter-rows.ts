// Every parameter of a scenario kind as a row of the ODD's tables: the schema's leaves, walked into
// list items (`districts[].name`) and into the branches of a list of tagged items (`shocks[].share`
// for each kind of shock), with their meaning, unit, default and range.
import type { ArraySpec } from '../scenario/spec/array.ts'
import type { DiscriminatedSpec } from '../scenario/spec/discriminated.ts'
import { listLeaves, type ParameterInfo } from '../scenario/spec/index.ts'
import type { ObjectSpec, Shape } from '../scenario/spec/object.ts'
import type { AnySpec } from '../scenario/spec/types.ts'

export interface ParameterRow extends ParameterInfo {
  /** For a field of one branch of a tagged list item: the branch (e.g. `army-dismissal`). */
  branch?: string
}

type Tagged = DiscriminatedSpec<string, Record<string, ObjectSpec<Shape>>>

const isTagged = (spec: AnySpec): spec is Tagged => spec.type === 'discriminated'
const isObject = (spec: AnySpec): spec is ObjectSpec<Shape> => spec.type === 'object'
const itemOf = (spec: AnySpec): AnySpec | undefined => (spec as Partial<ArraySpec<AnySpec>>).item

/** Rows under `spec` at `prefix`, in declaration order. */
export function parameterRows(
  spec: AnySpec,
  prefix: readonly string[] = [],
  startOnly = false,
): ParameterRow[] {
  const inherited = startOnly || spec.meta.startOnly === true
  if (isObject(spec)) {
    const { shape } = spec
    return Object.keys(shape).flatMap((key) => parameterRows(shape[key], [...prefix, key], inherited))
  }
  const rows: ParameterRow[] = listLeaves(spec, prefix, inherited)
  const item = itemOf(spec)
  if (item === undefined || rows.length === 0) return rows
  const itemPrefix = [...prefix.slice(0, -1), `${prefix[prefix.length - 1]}[]`]
  if (isObject(item)) return [...rows, ...parameterRows(item, itemPrefix, inherited)]
  if (isTagged(item)) return [...rows, ...branchRows(item, itemPrefix, inherited)]
  return rows
}

/** A field the same in every branch is one row; otherwise one row per branch that has it. */
function branchRows(spec: Tagged, prefix: readonly string[], startOnly: boolean): ParameterRow[] {
  const names = Object.keys(spec.branches)
  const byBranch = names.map((name) => parameterRows(spec.branches[name], prefix, startOnly))
  const paths = [...new Set(byBranch.flat().map((row) => row.path))]
  const tagPath = [...prefix, spec.key].join('.')
  return paths.flatMap((path) => {
    if (path === tagPath) {
      const tag = byBranch[0].find((row) => row.path === path)!
      return [{ ...tag, type: 'enum' as const, options: names }]
    }
    const found = byBranch.map((rows, i) => ({
      branch: names[i],
      row: rows.find((row) => row.path === path),
    }))
    const present = found.filter((entry) => entry.row !== undefined)
    const same = new Set(present.map(({ row }) => JSON.stringify(row)))
    if (present.length === names.length && same.size === 1) return [present[0].row!]
    return present.map(({ branch, row }) => ({ ...row!, branch }))
  })
}
