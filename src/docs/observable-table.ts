// The ODD's observables tables: name, definition, and unit in model and in real terms, from the
// observable registry (src/scenario/schema/) and the converter (src/io/units.ts).
import { unitsFor } from '../io/units.ts'
import {
  DISTRICT_VIOLENCE_INFO,
  OBSERVABLE_INFO,
  type ObservableInfo,
  type Quantity,
  type Scenario,
  type ScenarioKind,
} from '../scenario/schema.ts'
import { code, markdownTable } from './markdown.ts'

const SCALE: Partial<Record<Quantity['kind'], string>> = {
  citizens: '`scale.peoplePerCitizen`',
  citizensPerTick: '`scale.peoplePerCitizen`',
  personnel: '`scale.personnelPerAgent`',
  personnelPerTick: '`scale.personnelPerAgent`',
}
const FLOWS: ReadonlySet<Quantity['kind']> = new Set(['citizensPerTick', 'personnelPerTick', 'eventsPerTick'])

/** How `--units real` gets there; Epstein's scenarios state no scale, so only time converts. */
function how(kind: ScenarioKind, quantity: Quantity): string {
  if (quantity.kind === 'sum') return 'the sum of its parts in real units'
  const factors = [
    kind === 'ssr' ? SCALE[quantity.kind] : undefined,
    FLOWS.has(quantity.kind) ? 'ticks per month' : undefined,
  ].filter(Boolean)
  return `× ${factors.join(' × ')}`
}

/** A stand-in scenario: the units read only the kind, `ticksPerYear` and whether a scale is stated. */
const standIn = (kind: ScenarioKind): Scenario =>
  ({
    kind,
    ticksPerYear: 52,
    ...(kind === 'ssr' ? { scale: { peoplePerCitizen: 1, personnelPerAgent: 1 } } : {}),
  }) as Scenario

/** The observables table of a kind; the SSR model's ends with its per-district columns. */
export function observableTable(kind: ScenarioKind): string {
  const registry = OBSERVABLE_INFO[kind]
  const entries: [string, string, ObservableInfo][] = Object.entries(registry).map(([name, info]) => [
    name,
    name,
    info,
  ])
  if (kind === 'ssr') entries.push(['violence.<District>', 'violence.Capital', DISTRICT_VIOLENCE_INFO])
  const scenario = standIn(kind)
  const rows = entries.map(([shown, name, info]) => {
    const model = unitsFor(scenario, name, 'model').unit
    const real = unitsFor(scenario, name, 'real').unit
    const converted = real === model ? real : `${real} (${how(kind, info.quantity)})`
    return [code(shown), info.definition, model, converted]
  })
  return markdownTable(['Observable', 'Definition', 'Model unit', 'With `--units real`'], rows)
}
