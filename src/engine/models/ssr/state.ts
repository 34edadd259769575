// The SSR model's state, everything a snapshot holds, and the initial country: citizens placed by
// district density, spoilers by district presence, forces deployed at tick 0.
import type { SsrScenario } from '../../../scenario/schema.ts'
import { SSR_OBSERVABLES } from '../../../scenario/schema.ts'
import { type Agents, addAgent, Kind, makeAgents } from '../../core/agents.ts'
import type { Districts } from '../../core/districts.ts'
import type { SimEvent } from '../../core/events.ts'
import { type CountField, countField, spread } from '../../core/field.ts'
import type { Grid } from '../../core/grid.ts'
import { makeTable, type ObservableTable } from '../../core/observables.ts'
import type { Streams } from '../../core/rng.ts'
import { shuffle } from '../../core/sample.ts'
import { makeStencil } from '../../core/stencil.ts'
import { randomEmptyCellIn } from './placement.ts'

/** Counters of one tick, by index into `SsrState.tally`. */
export const Tally = {
  policeAbuses: 0,
  militaryAbuses: 1,
  peacekeeperAbuses: 2,
  attacks: 3,
  engagements: 4,
  civiliansKilled: 5,
  battleDeaths: 6,
  recruits: 7,
  arrests: 8,
  riots: 9,
} as const
export const TALLY_SIZE = 10

/** Counters of one tick per district, by index into `SsrState.districtTally` (d * DISTRICT_TALLY_SIZE + i). */
export const DistrictTally = {
  policeAbuses: 0,
  militaryAbuses: 1,
  peacekeeperAbuses: 2,
  attacks: 3,
  civiliansKilled: 4,
  battleDeaths: 5,
  recruits: 6,
  witnesses: 7,
  deaths: 8,
  engagements: 9,
  riots: 10,
} as const
export const DISTRICT_TALLY_SIZE = 11

/** The forces whose trust citizens hold, in the order of trust arrays and district means. */
export const FORCES = ['police', 'military', 'peacekeepers'] as const

export interface DrawdownState {
  /** Index of the current phase (0 = full strength, before any listed phase). */
  phase: number
  phaseStart: number
  /** Strength cap from budget cuts, as a share of mandated strength. */
  cap: number
  /** Tick at which strength reached zero, or −1. */
  exitTick: number
  /** Per district: 1 once it has been handed over. */
  handedOver: Uint8Array
  /** Per district: tick until which its spoilers are emboldened by the handover (exclusive). */
  emboldenedUntil: Int32Array
}

export interface OutcomeState {
  /** The last `window` violence rates, as a ring. */
  recent: Float64Array
  recentCount: number
  relapseTick: number
  peakAfterExit: number
  /** Rolling violence rate at the exit tick (−1 before exit). */
  violenceAtExit: number
  /** Sum of the rolling rate over the ticks of the window after exit seen so far. */
  rollingAfterExit: number
  casualtiesAfterExit: number
  trustAtExit: Float64Array
  ownedAtExit: Float64Array
  casualties: number
}

export interface SsrState {
  tick: number
  agents: Agents
  /** Trust in police, military and peacekeepers, three to a citizen: trust[3 · id + force]. Single
   * precision and side by side, so that one citizen's trust is one memory access. */
  trust: Float32Array
  /** Each citizen's perceived legitimacy of the state, as of its last turn. */
  legitimacy: Float64Array
  cso: Uint8Array
  capacityOwned: Float64Array
  capacityAssisted: Float64Array
  integrity: Float64Array
  /** Peacekeepers: the district they serve in. */
  home: Uint8Array
  policeSeen: CountField
  militarySeen: CountField
  peacekeepersSeen: CountField
  spoilersSeen: CountField
  activesSeen: CountField
  insecurity: Float32Array
  /** Sum of the insecurity field, kept as it changes (for its observable). */
  insecurityTotal: number
  police: number
  military: number
  peacekeepers: number
  /** Peacekeepers per district at full strength. */
  mandated: Int32Array
  /** Military target multiplier after dismissals. */
  militaryRetained: number
  /** Election crises under way: [end tick, hardship] pairs. */
  crises: number[]
  drawdown: DrawdownState
  outcome: OutcomeState
  tally: Float64Array
  districtTally: Float64Array
  /** Mean trust in each force per district over the last window ticks (ring), for trust collapses. */
  trustHistory: Float64Array
  /** Per district and force: tick before which no new collapse is reported. */
  collapseQuiet: Int32Array
  /** Abuses per district and force over the last window ticks: a ring and its running sums. */
  abuseRing: Float64Array
  abuseWindow: Float64Array
  /** Attacks per district over the last window ticks: a ring and its running sums. */
  attackRing: Float64Array
  attackWindow: Float64Array
  events: SimEvent[]
  observables: ObservableTable
}

/** The column of a district's violence: `violence.` and its name, spaces and punctuation as `_`. */
export function districtColumn(name: string): string {
  return `violence.${name.replace(/[^A-Za-z0-9]+/g, '_')}`
}

/** Every observable of a scenario: the fixed ones, then violence in each district. */
export function observableNames(scenario: SsrScenario): string[] {
  return [...SSR_OBSERVABLES, ...scenario.districts.map((d) => districtColumn(d.name))]
}

/** Hardship uniform between the district's bounds: low + (high − low) · U. */
export function drawHardship(scenario: SsrScenario, district: number, uniform: number): number {
  const { hardshipLow, hardshipHigh } = scenario.districts[district]
  return hardshipLow + (hardshipHigh - hardshipLow) * uniform
}

/** A new citizen's trust and membership, as at the start of the run. */
export function setCitizenDefaults(scenario: SsrScenario, state: SsrState, id: number): void {
  state.trust[3 * id] = scenario.trust.initialPolice
  state.trust[3 * id + 1] = scenario.trust.initialMilitary
  state.trust[3 * id + 2] = scenario.trust.initialPeacekeepers
  state.legitimacy[id] = 0
  state.cso[id] = 0
}

/** Gives a non-citizen the traits a citizen has (hardship from its district, risk aversion, trust),
 * so that it can become one later (captured, demobilised, dismissed). */
export function giveCivilianTraits(
  scenario: SsrScenario,
  state: SsrState,
  id: number,
  district: number,
  random: () => number,
): void {
  state.agents.hardship[id] = drawHardship(scenario, district, random())
  state.agents.riskAversion[id] = random()
  setCitizenDefaults(scenario, state, id)
}

/** `state` with empty count fields sized for `scenario`'s stencil, for a restore to recount: the
 * saved ones may be of another element type (an older snapshot, or another vision). */
export function freshCountFields(state: SsrState, scenario: SsrScenario): SsrState {
  const cells = state.agents.occupant.length
  const size = makeStencil(scenario.rules.neighbourhood, scenario.citizens.vision).size
  state.policeSeen = countField(cells, size)
  state.militarySeen = countField(cells, size)
  state.peacekeepersSeen = countField(cells, size)
  state.spoilersSeen = countField(cells, size)
  state.activesSeen = countField(cells, size)
  return state
}

export function initialState(
  scenario: SsrScenario,
  grid: Grid,
  districts: Districts,
  streams: Streams,
): SsrState {
  const cellCount = grid.cellCount
  // Every cell can hold an agent, and jailed agents may stand off the grid as well.
  const capacity = 2 * cellCount
  const agents = makeAgents(capacity, cellCount)
  const window = scenario.outcomes.windowTicks
  const state: SsrState = {
    tick: 0,
    agents,
    trust: new Float32Array(3 * capacity),
    legitimacy: new Float64Array(capacity),
    cso: new Uint8Array(capacity),
    capacityOwned: new Float64Array(capacity),
    capacityAssisted: new Float64Array(capacity),
    integrity: new Float64Array(capacity),
    home: new Uint8Array(capacity),
    policeSeen: countField(cellCount, grid.stencil.size),
    militarySeen: countField(cellCount, grid.stencil.size),
    peacekeepersSeen: countField(cellCount, grid.stencil.size),
    spoilersSeen: countField(cellCount, grid.stencil.size),
    activesSeen: countField(cellCount, grid.stencil.size),
    insecurity: new Float32Array(cellCount),
    insecurityTotal: 0,
    police: 0,
    military: 0,
    peacekeepers: 0,
    mandated: Int32Array.from(districts.cells, (cells) =>
      Math.round(scenario.peacekeepers.density * cells.length),
    ),
    militaryRetained: 1,
    crises: [],
    drawdown: {
      phase: 0,
      phaseStart: 0,
      cap: 1,
      exitTick: -1,
      handedOver: new Uint8Array(districts.count),
      emboldenedUntil: new Int32Array(districts.count),
    },
    outcome: {
      recent: new Float64Array(window),
      recentCount: 0,
      relapseTick: -1,
      peakAfterExit: -1,
      violenceAtExit: -1,
      rollingAfterExit: 0,
      casualtiesAfterExit: 0,
      trustAtExit: new Float64Array(FORCES.length),
      ownedAtExit: new Float64Array(2),
      casualties: 0,
    },
    tally: new Float64Array(TALLY_SIZE),
    districtTally: new Float64Array(districts.count * DISTRICT_TALLY_SIZE),
    trustHistory: new Float64Array(window * districts.count * FORCES.length),
    collapseQuiet: new Int32Array(districts.count * FORCES.length),
    abuseRing: new Float64Array(window * districts.count * FORCES.length),
    abuseWindow: new Float64Array(districts.count * FORCES.length),
    attackRing: new Float64Array(window * districts.count),
    attackWindow: new Float64Array(districts.count),
    events: [],
    observables: makeTable(observableNames(scenario), scenario.ticks + 1),
  }
  placeCitizens(scenario, state, grid, districts, streams)
  placeSpoilers(scenario, state, grid, districts, streams)
  return state
}

/**
 * Citizens on distinct random cells: the cells are shuffled once and taken in that order until
 * each district has its quota (its density times its cells). With one district this is exactly
 * Epstein's Model I placement, so the two models draw the same citizens from the same seed.
 */
function placeCitizens(
  scenario: SsrScenario,
  state: SsrState,
  grid: Grid,
  districts: Districts,
  streams: Streams,
) {
  const { agents } = state
  const quota = Int32Array.from(districts.cells, (cells, d) =>
    Math.round(scenario.districts[d].density * cells.length),
  )
  const order = new Int32Array(grid.cellCount)
  for (let cell = 0; cell < grid.cellCount; cell++) order[cell] = cell
  shuffle(order, grid.cellCount, streams.stream('placement'))
  const hardship = streams.stream('citizen.hardship')
  const riskAversion = streams.stream('citizen.riskAversion')
  const membership = scenario.citizens.csoShare > 0 ? streams.stream('citizen.cso') : null
  for (let i = 0; i < grid.cellCount; i++) {
    const cell = order[i]
    const d = districts.of[cell]
    if (quota[d] === 0) continue
    quota[d]--
    const id = addAgent(agents, Kind.citizen, cell)
    agents.hardship[id] = drawHardship(scenario, d, hardship())
    agents.riskAversion[id] = riskAversion()
    setCitizenDefaults(scenario, state, id)
    if (membership && membership() < scenario.citizens.csoShare) state.cso[id] = 1
  }
}

function placeSpoilers(
  scenario: SsrScenario,
  state: SsrState,
  grid: Grid,
  districts: Districts,
  streams: Streams,
) {
  const random = streams.stream('spoilers.placement')
  scenario.districts.forEach((district, d) => {
    const count = Math.round(district.spoilers * districts.cells[d].length)
    for (let i = 0; i < count; i++) {
      const cell = randomEmptyCellIn(districts.cells[d], state.agents.occupant, random)
      if (cell < 0) break
      const id = addAgent(state.agents, Kind.spoiler, cell)
      giveCivilianTraits(scenario, state, id, d, random)
      spread(grid, state.spoilersSeen, cell, 1)
    }
  })
}
