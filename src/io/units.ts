// Observables in model units or in real ones: agents become people through the scenario's
// `scale`, counts per tick become counts per month through `ticksPerYear`. Pure; the browser uses it.
import { observableInfo, type Quantity, type Scenario } from '../scenario/schema.ts'
import type { Columns } from './table.ts'

export type UnitMode = 'model' | 'real'

export const UNIT_MODES: readonly UnitMode[] = ['model', 'real']

export interface ObservableUnit {
  /**
   * Real value = scale × model value. For a sum of observables with different scales
   * (`casualties` = civilians killed + battle deaths), `scale` is NaN and `terms` gives each part.
   */
  scale: number
  /** e.g. "people per month", "agents", "share". */
  unit: string
  /** The observable's label with its unit, for an axis: "Civilians killed (people per month)". */
  label: string
  /** Only for sums: real value = Σ term.scale × column(term.observable). */
  terms?: readonly { observable: string; scale: number }[]
}

const MONTHS_PER_YEAR = 12

/** People one agent stands for; 1 when the scenario states no scale (Epstein's models). */
function peoplePer(scenario: Scenario, who: 'citizen' | 'personnel'): number | undefined {
  if (!('scale' in scenario)) return undefined
  return who === 'citizen' ? scenario.scale.peoplePerCitizen : scenario.scale.personnelPerAgent
}

interface Linear {
  scale: number
  unit: string
}

/** `ticksPerPeriod`: ticks in the real unit of time (a month; 1 for totals over a run). */
function linear(
  scenario: Scenario,
  quantity: Exclude<Quantity, { kind: 'sum' }>,
  mode: UnitMode,
  ticksPerPeriod: number,
): Linear {
  const count = (who: 'citizen' | 'personnel', flow: boolean): Linear => {
    const people = peoplePer(scenario, who)
    if (mode === 'model') return { scale: 1, unit: flow ? 'agents per tick' : 'agents' }
    // Without a stated scale an agent stays an agent; only time is converted.
    const noun = people === undefined ? 'agents' : 'people'
    return { scale: (people ?? 1) * (flow ? ticksPerPeriod : 1), unit: flow ? `${noun} per month` : noun }
  }
  switch (quantity.kind) {
    case 'citizens':
      return count('citizen', false)
    case 'personnel':
      return count('personnel', false)
    case 'citizensPerTick':
      return count('citizen', true)
    case 'personnelPerTick':
      return count('personnel', true)
    case 'eventsPerTick':
      return mode === 'model'
        ? { scale: 1, unit: 'events per tick' }
        : { scale: ticksPerPeriod, unit: 'events per month' }
    case 'ratePer10k':
      // Already relative to the population, so the same in both modes (the relapse threshold's unit).
      return { scale: 1, unit: 'events per 10,000 citizens per tick' }
    case 'share':
      return { scale: 1, unit: 'share' }
    case 'index':
      return { scale: 1, unit: 'index, 0 to 1' }
  }
}

/** The unit of observable `name` of `scenario` in model or real terms; throws for an unknown name. */
export function unitsFor(scenario: Scenario, name: string, mode: UnitMode): ObservableUnit {
  return unitsOver(scenario, name, mode, scenario.ticksPerYear / MONTHS_PER_YEAR)
}

function unitsOver(scenario: Scenario, name: string, mode: UnitMode, ticksPerPeriod: number): ObservableUnit {
  const info = observableInfo(scenario.kind, name)
  if (info === undefined) throw new RangeError(`no observable named "${name}" in a ${scenario.kind} scenario`)
  const { quantity } = info
  if (quantity.kind !== 'sum') {
    const { scale, unit } = linear(scenario, quantity, mode, ticksPerPeriod)
    return { scale, unit, label: `${info.label} (${unit})` }
  }
  const parts = quantity.of.map((part) => ({
    observable: part,
    ...unitsOver(scenario, part, mode, ticksPerPeriod),
  }))
  const scales = new Set(parts.map((part) => part.scale))
  const unit = parts[0].unit
  return {
    scale: scales.size === 1 ? parts[0].scale : Number.NaN,
    unit,
    label: `${info.label} (${unit})`,
    terms: parts.map(({ observable, scale }) => ({ observable, scale })),
  }
}

/** One column in the given units; a sum reads its parts from `columns`. */
export function convertColumn(
  scenario: Scenario,
  columns: Columns,
  name: string,
  mode: UnitMode,
): Float64Array {
  return applyUnits(columns, name, unitsFor(scenario, name, mode))
}

function applyUnits(columns: Columns, name: string, { scale, terms }: ObservableUnit): Float64Array {
  const column = columns[name]
  if (column === undefined) throw new RangeError(`no column named "${name}"`)
  const out = new Float64Array(column.length)
  if (terms === undefined || !Number.isNaN(scale)) {
    for (let i = 0; i < column.length; i++) out[i] = scale === 1 ? column[i] : scale * column[i]
    return out
  }
  for (const term of terms) {
    const part = columns[term.observable]
    if (part === undefined) throw new RangeError(`"${name}" needs the column "${term.observable}"`)
    for (let i = 0; i < out.length; i++) out[i] += term.scale * part[i]
  }
  return out
}

/** Every named column in the given units, keyed by the same names ("model" returns copies). */
export function convertColumns(
  scenario: Scenario,
  columns: Columns,
  names: readonly string[],
  mode: UnitMode,
): Record<string, Float64Array> {
  return Object.fromEntries(names.map((name) => [name, convertColumn(scenario, columns, name, mode)]))
}

/**
 * The whole-run total of a per-tick count (e.g. `casualties`) in real terms: people (or events)
 * rather than agents, summed over every row. Throws for an observable that is not a count per tick.
 */
export function realTotal(
  scenario: Scenario,
  columns: Columns,
  name: string,
): { value: number; unit: string } {
  const { unit } = unitsFor(scenario, name, 'real')
  if (!unit.endsWith(' per month')) throw new RangeError(`"${name}" is not a count per tick (${unit})`)
  // Scaled per tick, not per month and back, so that whole numbers stay whole.
  const column = applyUnits(columns, name, unitsOver(scenario, name, 'real', 1))
  let total = 0
  for (let i = 0; i < column.length; i++) total += column[i]
  return { value: total, unit: unit.slice(0, -' per month'.length) }
}
