// Epstein's Model I world: citizens and cops on a grid under a central authority whose legitimacy
// (and police strength) the scenario may schedule over time.

import { compileSchedule } from '../../../scenario/schedule.ts'
import type { CivilViolenceScenario } from '../../../scenario/schema.ts'
import { type Agents, addAgent, Kind, LIFE_TERM, makeAgents } from '../../core/agents.ts'
import type { SimEvent } from '../../core/events.ts'
import { type CountField, countField } from '../../core/field.ts'
import { makeGrid } from '../../core/grid.ts'
import { makeTable, type ObservableTable } from '../../core/observables.ts'
import type { Random, Streams } from '../../core/rng.ts'
import { shuffle } from '../../core/sample.ts'
import { readSchedule, type Schedule } from '../../core/schedule.ts'
import { makeShiftTable } from '../../core/shift.ts'
import { makeStencil } from '../../core/stencil.ts'
import { noActiveCells } from '../../systems/active-cells.ts'
import { activityLimits } from '../../systems/activity.ts'
import { policing } from '../../systems/arrest.ts'
import type { Deployment } from '../../systems/deploy.ts'
import { jailing } from '../../systems/jail.ts'
import { movement } from '../../systems/move.ts'
import { rebellion } from '../../systems/rebel.ts'
import {
  arrestProbabilityTable,
  Ratio,
  ruleVariants,
  type Uprising,
  type UprisingRules,
} from '../../systems/uprising.ts'
import { type PerCellPlacement, placePerCell } from './placement.ts'
import { civilTurn } from './turn.ts'

export const CIVIL_OBSERVABLES = ['quiescent', 'active', 'jailed', 'cops', 'legitimacy', 'arrests'] as const

export interface CivilWorld extends Uprising {
  readonly scenario: CivilViolenceScenario
  readonly streams: Streams
  readonly legitimacySchedule: Schedule
  readonly copDensitySchedule: Schedule
  readonly activation: Random
  readonly deployment: Deployment
  /** Activation order this tick; also scratch for deployment. */
  readonly order: Int32Array
  readonly observables: ObservableTable
  readonly row: Float64Array
  /** Citizens are ids 0 .. citizens − 1; `census` counts them by status. */
  readonly citizens: number
  readonly census: Int32Array
  /** The agent rules, built once for this world. */
  readonly rebel: (id: number) => void
  readonly move: (id: number) => void
  readonly arrest: (id: number) => number
  readonly serveTick: (id: number) => boolean
  /** One agent's complete turn. */
  readonly turn: (id: number) => void
  readonly events: SimEvent[]
  tick: number
  cops: number
  /** Cops per cop the density schedule asks for: 1, except under per-cell placement (see `initialState`). */
  readonly copScale: number
  /** 1 while an outburst is under way (for the event log). */
  inOutburst: number
}

/** The state a snapshot holds; everything else is rebuilt from the scenario. */
export interface CivilState {
  tick: number
  cops: number
  legitimacy: number
  arrests: number
  agents: Agents
  enforcersSeen: CountField
  activesSeen: CountField
  observables: ObservableTable
  events: SimEvent[]
  inOutburst: number
  /** Absent in snapshots taken before per-cell placement existed: then 1. */
  copScale?: number
}

export function civilRules(scenario: CivilViolenceScenario, stencilSize: number): UprisingRules {
  const { model, rules } = scenario
  return {
    threshold: model.threshold,
    arrestConstant: model.arrestConstant,
    ratio: Ratio[rules.arrestRatio],
    arrestProbabilityByRatio: arrestProbabilityTable(model.arrestConstant, stencilSize),
    movement: model.movement,
    ...ruleVariants(rules, model.maxJailTerm === 'life' ? LIFE_TERM : model.maxJailTerm),
  }
}

/** Binds a scenario and state into a world the systems act on, and builds the systems. */
export function bindWorld(scenario: CivilViolenceScenario, state: CivilState, streams: Streams): CivilWorld {
  const { world: shape, rules, model } = scenario
  const grid = makeGrid(shape.width, shape.height, shape.topology, rules.neighbourhood, model.vision)
  if (state.agents.occupant.length !== grid.cellCount) {
    throw new RangeError(`a ${shape.width}×${shape.height} scenario cannot continue a state of another size`)
  }
  const capacity = state.agents.capacity
  const citizens = countCitizens(state.agents)
  const base = {
    scenario,
    streams,
    grid,
    shiftTable: makeShiftTable(grid),
    rules: civilRules(scenario, grid.stencil.size),
    agents: state.agents,
    group: new Uint8Array(capacity),
    enforcersSeen: state.enforcersSeen,
    activesSeen: [state.activesSeen],
    activeHere: noActiveCells(grid.cellCount),
    kindFields: [null, state.enforcersSeen, null, null, null],
    leadingCitizens: citizens,
    legitimacy: state.legitimacy,
    activeUpTo: activityLimits(capacity, grid.stencil.size),
    limitsLegitimacy: Number.NaN,
    legitimacySchedule: compileSchedule(model.legitimacy, 'model.legitimacy'),
    copDensitySchedule: compileSchedule(model.copDensity, 'model.copDensity'),
    random: {
      movement: streams.stream('movement'),
      arrest: streams.stream('arrest'),
      jail: streams.stream('jail'),
      release: streams.stream('release'),
    },
    activation: streams.stream('activation'),
    scratch: new Int32Array(grid.stencil.size),
    order: new Int32Array(capacity),
    observables: state.observables,
    row: new Float64Array(CIVIL_OBSERVABLES.length),
    citizens,
    census: new Int32Array(3),
    arrests: state.arrests,
    events: state.events,
    inOutburst: state.inOutburst,
    tick: state.tick,
    cops: state.cops,
    copScale: state.copScale ?? 1,
  }
  // The rules keep a reference to this very object: they read legitimacy and count arrests on it.
  const withRules = Object.assign(base, {
    deployment: {
      grid,
      agents: state.agents,
      seen: state.enforcersSeen,
      kind: Kind.police,
      random: streams.stream('deployment'),
      scratch: base.order,
    },
    rebel: rebellion(base),
    move: movement(base),
    arrest: policing(base),
    serveTick: jailing(base),
  })
  return Object.assign(withRules, { turn: civilTurn(withRules) })
}

export function captureState(world: CivilWorld): CivilState {
  return {
    tick: world.tick,
    cops: world.cops,
    legitimacy: world.legitimacy,
    arrests: world.arrests,
    agents: world.agents,
    enforcersSeen: world.enforcersSeen,
    activesSeen: world.activesSeen[0],
    observables: world.observables,
    events: world.events,
    inOutburst: world.inOutburst,
    copScale: world.copScale,
  }
}

/** Citizens hold the first ids and never leave, so they are the leading run of citizen ids. */
function countCitizens(agents: Agents): number {
  let n = 0
  while (n < agents.end && agents.kind[n] === Kind.citizen) n++
  return n
}

/** Cells in one agent's vision, centre included: what sizes the count fields. */
const visionCells = (scenario: CivilViolenceScenario) =>
  makeStencil(scenario.rules.neighbourhood, scenario.model.vision).size

/** `state` with empty count fields sized for `scenario`'s stencil, for a restore to recount: the
 * saved ones may be of another element type (an older snapshot, or another vision). */
export function freshCountFields(state: CivilState, scenario: CivilViolenceScenario): CivilState {
  const cells = state.agents.occupant.length
  const size = visionCells(scenario)
  state.enforcersSeen = countField(cells, size)
  state.activesSeen = countField(cells, size)
  return state
}

/**
 * The initial state: citizens on distinct random cells (an exact count from the density),
 * hardship and risk aversion uniform on [0, 1), everyone quiet. Cops arrive with the first
 * deployment, at tick 0. Under per-cell placement (Mesa) each cell instead draws a citizen, a cop
 * or nobody, and the cops are placed here; later deployments scale the density schedule by the
 * number drawn over the number asked for, so a constant density keeps the cops drawn.
 */
export function initialState(scenario: CivilViolenceScenario, streams: Streams): CivilState {
  const { world: shape, model } = scenario
  const cellCount = shape.width * shape.height
  const stencilSize = visionCells(scenario)
  const placement = streams.stream('placement')
  const perCell = scenario.rules.placement === 'per-cell'
  const copsAsked = perCell ? Math.round(startingCopDensity(scenario) * cellCount) : 0
  const drawn = perCell
    ? placePerCell(cellCount, model.citizenDensity, startingCopDensity(scenario), placement)
    : placeExactly(cellCount, Math.round(model.citizenDensity * cellCount), placement)
  const { citizens, cells } = drawn
  // Cops can fill every cell the citizens leave empty, and jailed citizens may leave the grid.
  const capacity = citizens + cellCount
  const agents = makeAgents(capacity, cellCount)
  const hardship = streams.stream('citizen.hardship')
  const riskAversion = streams.stream('citizen.riskAversion')
  for (let i = 0; i < citizens; i++) {
    const id = addAgent(agents, Kind.citizen, cells[i])
    agents.hardship[id] = hardship()
    agents.riskAversion[id] = riskAversion()
  }
  for (const cell of drawn.cops) addAgent(agents, Kind.police, cell)
  return {
    tick: 0,
    cops: drawn.cops.length,
    copScale: copsAsked > 0 ? drawn.cops.length / copsAsked : 1,
    legitimacy: 0,
    arrests: 0,
    agents,
    enforcersSeen: countField(cellCount, stencilSize),
    activesSeen: countField(cellCount, stencilSize),
    observables: makeTable(CIVIL_OBSERVABLES, scenario.ticks + 1),
    events: [],
    inOutburst: 0,
  }
}

/** Citizens on the first cells of one shuffle of the grid; cops come later, with the deployment. */
function placeExactly(cellCount: number, citizens: number, random: Random): PerCellPlacement {
  const cells = new Int32Array(cellCount)
  for (let cell = 0; cell < cellCount; cell++) cells[cell] = cell
  shuffle(cells, cellCount, random)
  return { citizens, cells, cops: new Int32Array(0) }
}

function startingCopDensity(scenario: CivilViolenceScenario): number {
  return readSchedule(
    compileSchedule(scenario.model.copDensity, 'model.copDensity'),
    0,
    'model.copDensity',
    0,
    1,
  )
}
