// Epstein's Model II world: two groups (blue and green) who may turn on each other, peacekeepers
// who arrest the violent of either side, and a population that is born, ages and dies.

import { compileSchedule } from '../../../scenario/schedule.ts'
import type { InterGroupScenario } from '../../../scenario/schema.ts'
import { type Agents, addAgent, Kind, LIFE_TERM, makeAgents } from '../../core/agents.ts'
import type { SimEvent } from '../../core/events.ts'
import { type CountField, countField } from '../../core/field.ts'
import { makeGrid } from '../../core/grid.ts'
import { makeTable, type ObservableTable } from '../../core/observables.ts'
import type { Random, Streams } from '../../core/rng.ts'
import { shuffle } from '../../core/sample.ts'
import type { Schedule } from '../../core/schedule.ts'
import { makeShiftTable } from '../../core/shift.ts'
import { makeStencil } from '../../core/stencil.ts'
import { noActiveCells } from '../../systems/active-cells.ts'
import { activityLimits } from '../../systems/activity.ts'
import { policing } from '../../systems/arrest.ts'
import type { Deployment } from '../../systems/deploy.ts'
import { jailing } from '../../systems/jail.ts'
import { killing, type Violence } from '../../systems/kill.ts'
import { ageing, type Demography, reproduction } from '../../systems/lifecycle.ts'
import { movement } from '../../systems/move.ts'
import { rebellion } from '../../systems/rebel.ts'
import { arrestProbabilityTable, Ratio, ruleVariants, type UprisingRules } from '../../systems/uprising.ts'
import { interGroupTurn } from './turn.ts'

export const GROUP_NAMES = ['blue', 'green'] as const

export const INTER_GROUP_OBSERVABLES = [
  ...GROUP_NAMES.flatMap((group) => ['population', 'active', 'jailed', 'killed'].map((n) => `${group}.${n}`)),
  'peacekeepers',
  'legitimacy',
  'arrests',
] as const

export interface InterGroupWorld extends Violence, Demography {
  readonly scenario: InterGroupScenario
  readonly streams: Streams
  readonly random: Violence['random'] & Demography['random']
  readonly legitimacySchedule: Schedule
  readonly peacekeeperSchedule: Schedule
  readonly activation: Random
  readonly deployment: Deployment
  readonly order: Int32Array
  readonly observables: ObservableTable
  readonly row: Float64Array
  readonly rebel: (id: number) => void
  readonly move: (id: number) => void
  readonly arrest: (id: number) => number
  readonly kill: (id: number) => number
  readonly grow: (id: number) => boolean
  readonly reproduce: (id: number) => number
  readonly serveTick: (id: number) => boolean
  readonly turn: (id: number) => void
  readonly events: SimEvent[]
  tick: number
  peacekeepers: number
}

/** The state a snapshot holds; everything else is rebuilt from the scenario. */
export interface InterGroupState {
  tick: number
  peacekeepers: number
  legitimacy: number
  arrests: number
  killed: Float64Array
  agents: Agents
  group: Uint8Array
  age: Int32Array
  lifespan: Int32Array
  enforcersSeen: CountField
  activesSeen: CountField[]
  observables: ObservableTable
  events: SimEvent[]
}

function interGroupRules(scenario: InterGroupScenario, stencilSize: number): UprisingRules {
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

export function bindWorld(
  scenario: InterGroupScenario,
  state: InterGroupState,
  streams: Streams,
): InterGroupWorld {
  const { world: shape, rules, model } = scenario
  const grid = makeGrid(shape.width, shape.height, shape.topology, rules.neighbourhood, model.vision)
  if (state.agents.occupant.length !== grid.cellCount) {
    throw new RangeError(`a ${shape.width}×${shape.height} scenario cannot continue a state of another size`)
  }
  const capacity = state.agents.capacity
  const order = new Int32Array(capacity)
  const base = {
    scenario,
    streams,
    grid,
    shiftTable: makeShiftTable(grid),
    rules: interGroupRules(scenario, grid.stencil.size),
    agents: state.agents,
    group: state.group,
    age: state.age,
    lifespan: state.lifespan,
    maxAge: model.maxAge,
    reproductionProbability: model.reproductionProbability,
    offspringDrawsRiskAversion: rules.offspringRiskAversion === 'drawn',
    enforcersSeen: state.enforcersSeen,
    activesSeen: state.activesSeen,
    activeHere: noActiveCells(grid.cellCount),
    kindFields: [null, null, null, state.enforcersSeen, null],
    leadingCitizens: 0,
    killed: state.killed,
    legitimacy: state.legitimacy,
    activeUpTo: activityLimits(capacity, grid.stencil.size),
    limitsLegitimacy: Number.NaN,
    legitimacySchedule: compileSchedule(model.legitimacy, 'model.legitimacy'),
    peacekeeperSchedule: compileSchedule(model.peacekeeperDensity, 'model.peacekeeperDensity'),
    random: {
      movement: streams.stream('movement'),
      arrest: streams.stream('arrest'),
      jail: streams.stream('jail'),
      release: streams.stream('release'),
      killing: streams.stream('killing'),
      birth: streams.stream('birth'),
      lifespan: streams.stream('lifespan'),
    },
    activation: streams.stream('activation'),
    deployment: {
      grid,
      agents: state.agents,
      seen: state.enforcersSeen,
      kind: Kind.peacekeeper,
      random: streams.stream('deployment'),
      scratch: order,
    },
    scratch: new Int32Array(grid.stencil.size),
    order,
    observables: state.observables,
    row: new Float64Array(INTER_GROUP_OBSERVABLES.length),
    arrests: state.arrests,
    events: state.events,
    tick: state.tick,
    peacekeepers: state.peacekeepers,
  }
  const withRules = Object.assign(base, {
    rebel: rebellion(base),
    move: movement(base),
    arrest: policing(base),
    kill: killing(base),
    grow: ageing(base),
    reproduce: reproduction(base),
    serveTick: jailing(base),
  })
  return Object.assign(withRules, { turn: interGroupTurn(withRules) })
}

export function captureState(world: InterGroupWorld): InterGroupState {
  return {
    tick: world.tick,
    peacekeepers: world.peacekeepers,
    legitimacy: world.legitimacy,
    arrests: world.arrests,
    killed: world.killed,
    agents: world.agents,
    group: world.group,
    age: world.age,
    lifespan: world.lifespan,
    enforcersSeen: world.enforcersSeen,
    activesSeen: [...world.activesSeen],
    observables: world.observables,
    events: world.events,
  }
}

/** Cells in one agent's vision, centre included: what sizes the count fields. */
const visionCells = (scenario: InterGroupScenario) =>
  makeStencil(scenario.rules.neighbourhood, scenario.model.vision).size

/** `state` with empty count fields sized for `scenario`'s stencil, for a restore to recount: the
 * saved ones may be of another element type (an older snapshot, or another vision). */
export function freshCountFields(state: InterGroupState, scenario: InterGroupScenario): InterGroupState {
  const cells = state.agents.occupant.length
  const size = visionCells(scenario)
  state.enforcersSeen = countField(cells, size)
  state.activesSeen = state.activesSeen.map(() => countField(cells, size))
  return state
}

/**
 * The initial state: agents on distinct random cells, blue with the scenario's share (exactly, or
 * each by chance under `rules.groups: per-agent`), with hardship and risk aversion uniform on
 * [0, 1), a lifespan from 1 to the maximum age and an age already part-way through it, so that
 * deaths do not come all at once (or age 0 under `rules.initialAge: zero`).
 */
export function initialState(scenario: InterGroupScenario, streams: Streams): InterGroupState {
  const { world: shape, model } = scenario
  const cellCount = shape.width * shape.height
  const stencilSize = visionCells(scenario)
  const population = Math.round(model.agentDensity * cellCount)
  // Births and peacekeepers can fill every cell; jailed agents may be off the grid as well.
  const capacity = 2 * cellCount
  const agents = makeAgents(capacity, cellCount)
  const group = new Uint8Array(capacity)
  const age = new Int32Array(capacity)
  const lifespan = new Int32Array(capacity)
  const cells = new Int32Array(cellCount)
  for (let cell = 0; cell < cellCount; cell++) cells[cell] = cell
  shuffle(cells, cellCount, streams.stream('placement'))
  const blues = Math.round(model.blueShare * population)
  const hardship = streams.stream('citizen.hardship')
  const riskAversion = streams.stream('citizen.riskAversion')
  const lifespans = streams.stream('lifespan')
  const ages = streams.stream('initial.age')
  const groupByChance = scenario.rules.groups === 'per-agent' ? streams.stream('initial.group') : null
  const startAtZero = scenario.rules.initialAge === 'zero'
  for (let i = 0; i < population; i++) {
    const id = addAgent(agents, Kind.citizen, cells[i])
    group[id] = (groupByChance ? groupByChance() < model.blueShare : i < blues) ? 0 : 1
    agents.hardship[id] = hardship()
    agents.riskAversion[id] = riskAversion()
    lifespan[id] = 1 + ((lifespans() * model.maxAge) | 0)
    age[id] = startAtZero ? 0 : (ages() * lifespan[id]) | 0
  }
  return {
    tick: 0,
    peacekeepers: 0,
    legitimacy: 0,
    arrests: 0,
    killed: new Float64Array(2),
    agents,
    group,
    age,
    lifespan,
    enforcersSeen: countField(cellCount, stencilSize),
    activesSeen: [countField(cellCount, stencilSize), countField(cellCount, stencilSize)],
    observables: makeTable(INTER_GROUP_OBSERVABLES, scenario.ticks + 1),
    events: [],
  }
}
