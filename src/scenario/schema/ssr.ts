// The peacekeeping and security-sector-reform model: districts, five kinds of agents, reform
// programmes, a drawdown strategy, shocks and the outcome thresholds. Its sections live in
// ssr-society.ts, ssr-forces.ts and ssr-policy.ts; this file joins them and checks what spans
// sections. Docs: docs/ODD.md.

import { MAX_DISTRICTS, MAX_LIST_ITEMS } from '../limits.ts'
import { array, type Report, record, string } from '../spec/index.ts'
import type { ScheduleValue } from '../spec/schedule.ts'
import { districtWorld, rules, scenarioKind, visionFitsWorld } from './common.ts'
import { densitiesFit, schedulePeak } from './densities.ts'
import { military, peacekeepers, police, spoilers } from './ssr-forces.ts'
import { drawdown, insecurity, outcomes, programmes, reform, shock } from './ssr-policy.ts'
import { citizens, district, scale, trust } from './ssr-society.ts'

type SsrShape = {
  police: { density: ScheduleValue }
  military: { density: ScheduleValue }
  peacekeepers: { density: number }
  districts: Array<{
    name: string
    hardshipLow: number
    hardshipHigh: number
    density: number
    spoilers: number
  }>
  world: { width: number; height: number; topology: string; districtColumns: number; districtRows: number }
  citizens: { vision: number }
  drawdown: { policy: string; phases: Array<{ when?: string }>; handoverOrder: string[] }
  shocks: Array<{ kind: string; district?: string }>
}

function checkSsr(scenario: SsrShape, report: Report): void {
  visionFitsWorld(scenario, scenario.citizens.vision, 'citizens.vision', report)
  const { districtColumns, districtRows, width, height } = scenario.world
  const expected = districtColumns * districtRows
  if (scenario.districts.length !== expected) {
    report(
      'districts',
      `must list ${expected} districts (${districtColumns} columns × ${districtRows} rows), got ${scenario.districts.length}`,
    )
  }
  if (districtColumns > width || districtRows > height) {
    report('world', `a ${width} × ${height} grid cannot hold ${districtColumns} × ${districtRows} districts`)
  }
  const names = scenario.districts.map((d) => d.name)
  scenario.districts.forEach((d, i) => {
    if (names.indexOf(d.name) !== i) report(`districts[${i}].name`, `"${d.name}" is used by another district`)
    if (d.hardshipLow > d.hardshipHigh) {
      report(
        `districts[${i}].hardshipHigh`,
        `must be at least hardshipLow (${d.hardshipLow}), got ${d.hardshipHigh}`,
      )
    }
  })
  const quoted = names.map((n) => `"${n}"`).join(', ')
  scenario.drawdown.handoverOrder.forEach((name, i) => {
    if (!names.includes(name))
      report(`drawdown.handoverOrder[${i}]`, `no district is called "${name}"; districts: ${quoted}`)
    else if (scenario.drawdown.handoverOrder.indexOf(name) !== i) {
      report(`drawdown.handoverOrder[${i}]`, `"${name}" is listed twice`)
    }
  })
  scenario.shocks.forEach((shock, i) => {
    if (shock.district !== undefined && !names.includes(shock.district)) {
      report(`shocks[${i}].district`, `no district is called "${shock.district}"; districts: ${quoted}`)
    }
  })
  // Every district holds its citizens and spoilers plus its share of each force.
  const forces = [
    ['police.density', schedulePeak(scenario.police.density)],
    ['military.density', schedulePeak(scenario.military.density)],
    ['peacekeepers.density', scenario.peacekeepers.density],
  ] as const
  scenario.districts.forEach((d, i) => {
    const own = [
      [`districts[${i}].density`, d.density],
      [`districts[${i}].spoilers`, d.spoilers],
    ] as const
    densitiesFit([...own, ...forces], `districts[${i}]`, report)
  })
  if (scenario.drawdown.policy === 'conditions') {
    if (scenario.drawdown.phases.length === 0)
      report('drawdown.phases', 'the conditions policy needs at least one phase')
    scenario.drawdown.phases.forEach((p, i) => {
      if (p.when === undefined) report(`drawdown.phases[${i}].when`, 'required under the conditions policy')
    })
  }
}

export const ssr = scenarioKind(
  'ssr',
  'Peacekeeping and SSR scenario',
  'Peacekeepers, national police and military, civil society and spoilers; reform programmes and a drawdown strategy.',
  {
    scale,
    sources: record(string(), {
      maxKeys: MAX_LIST_ITEMS,
      default: {},
      label: 'Sources',
      description:
        'Where each figure comes from: a dotted path (e.g. drawdown.strength) mapped to its source.',
    }),
    world: districtWorld,
    rules,
    districts: array(district, {
      minItems: 1,
      maxItems: MAX_DISTRICTS,
      label: 'Districts',
      description:
        'The districts, row by row. Their hardship, density and spoilers shape the country when the run is created.',
      startOnly: true,
    }),
    citizens,
    trust,
    police,
    military,
    peacekeepers,
    spoilers,
    reform,
    programmes,
    insecurity,
    drawdown,
    shocks: array(shock, {
      maxItems: MAX_LIST_ITEMS,
      default: [],
      label: 'Shocks',
      description: 'Events that strike at given ticks.',
    }),
    outcomes,
  },
).refine(checkSsr)
