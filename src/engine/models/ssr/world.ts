// The SSR world: the scenario's fixed geometry and parameters bound to a state, with the random
// streams and the agent rules built once. Systems see this object; snapshots see only the state.

import { type CompiledExpression, compileExpression } from '../../../expr/index.ts'
import type { SsrScenario } from '../../../scenario/schema.ts'
import { CONDITION_NAMES } from '../../../scenario/schema.ts'
import { Kind, LIFE_TERM } from '../../core/agents.ts'
import { type Districts, makeDistricts } from '../../core/districts.ts'
import { makeGrid } from '../../core/grid.ts'
import type { Random, Streams } from '../../core/rng.ts'
import { makeShiftTable } from '../../core/shift.ts'
import { noActiveCells } from '../../systems/active-cells.ts'
import {
  arrestProbabilityTable,
  Ratio,
  ruleVariants,
  type Uprising,
  type UprisingRules,
} from '../../systems/uprising.ts'
import { SUMS } from './aggregates.ts'
import { type CompiledSeries, compileSeries, emptyNow, type Now } from './params.ts'
import type { SsrState } from './state.ts'

/** District means the rules read during a tick, computed once at its start. */
export interface DistrictMeans {
  policeCapacity: Float64Array
  /** Mean owned capacity of the district's police: what stays when the mentors leave. */
  policeOwned: Float64Array
  policeIntegrity: Float64Array
  militaryCapacity: Float64Array
  militaryIntegrity: Float64Array
  /** Mean perceived legitimacy of the state among the district's free citizens. */
  legitimacy: Float64Array
  /** Mean trust in each force, index d * 3 + force. */
  trust: Float64Array
  citizens: Int32Array
  /** Scratch: officers per district. */
  policeCount: Int32Array
  militaryCount: Int32Array
}

export interface SsrRandom {
  movement: Random
  arrest: Random
  jail: Random
  release: Random
  activation: Random
  policeDeployment: Random
  militaryDeployment: Random
  peacekeeperDeployment: Random
  effort: Random
  conduct: Random
  patrol: Random
  sanction: Random
  vetting: Random
  recruits: Random
  membership: Random
  recruitment: Random
  attack: Random
  battle: Random
  engagement: Random
  detention: Random
  demobilisation: Random
  peacekeeperMoves: Random
  spoilerMoves: Random
  peacekeeperAbuse: Random
  replacement: Random
  shocks: Random
  inflow: Random
  riots: Random
  redeployment: Random
  defection: Random
}

export interface SsrWorld extends Uprising {
  readonly scenario: SsrScenario
  readonly streams: Streams
  readonly districts: Districts
  readonly state: SsrState
  readonly series: CompiledSeries
  readonly now: Now
  readonly means: DistrictMeans
  /** The census's sums over all agents this tick (see aggregates.ts). */
  readonly sums: Float64Array
  readonly rand: SsrRandom
  readonly random: Uprising['random']
  /** Drawdown phase conditions, compiled once. */
  readonly conditions: readonly (CompiledExpression | null)[]
  /** Activation order this tick; also scratch for deployment. */
  readonly order: Int32Array
  readonly row: Float64Array
  /** Scratch for peacekeeper deployment: present and target per district. */
  readonly deployment: { present: Int32Array; target: Int32Array }
  /** Scratch for the insecurity field's diffusion. */
  readonly insecurityScratch: Float32Array
  /** Weights of trust in police and military and of delivery in perceived legitimacy: normalised,
   * then scaled by one minus the base legitimacy, which is added on top. */
  readonly weights: { base: number; police: number; military: number; delivery: number }
}

function uprisingRules(scenario: SsrScenario, stencilSize: number): UprisingRules {
  const { citizens, rules } = scenario
  return {
    threshold: citizens.threshold,
    arrestConstant: citizens.arrestConstant,
    ratio: Ratio[rules.arrestRatio],
    arrestProbabilityByRatio: arrestProbabilityTable(citizens.arrestConstant, stencilSize),
    movement: citizens.movement,
    ...ruleVariants(rules, citizens.maxJailTerm === 'life' ? LIFE_TERM : citizens.maxJailTerm),
  }
}

function streamsOf(streams: Streams): SsrRandom {
  const s = (name: string) => streams.stream(name)
  return {
    // The first ones are Model I's streams under Model I's names: with the reform machinery off,
    // the SSR model draws exactly what Epstein's model draws.
    movement: s('movement'),
    arrest: s('arrest'),
    jail: s('jail'),
    release: s('release'),
    activation: s('activation'),
    policeDeployment: s('deployment'),
    militaryDeployment: s('military.deployment'),
    peacekeeperDeployment: s('peacekeepers.deployment'),
    effort: s('police.effort'),
    conduct: s('conduct'),
    patrol: s('patrol'),
    sanction: s('sanction'),
    vetting: s('vetting'),
    recruits: s('recruits'),
    membership: s('cso'),
    recruitment: s('recruitment'),
    attack: s('attack'),
    battle: s('battle'),
    engagement: s('engagement'),
    detention: s('detention'),
    demobilisation: s('ddr'),
    peacekeeperMoves: s('peacekeepers.movement'),
    spoilerMoves: s('spoilers.movement'),
    peacekeeperAbuse: s('peacekeepers.abuse'),
    replacement: s('replacement'),
    shocks: s('shocks'),
    inflow: s('spoilers.inflow'),
    riots: s('riots'),
    redeployment: s('redeployment'),
    defection: s('defection'),
  }
}

export function bindWorld(scenario: SsrScenario, state: SsrState, streams: Streams): SsrWorld {
  const { world: shape, rules, citizens } = scenario
  const grid = makeGrid(shape.width, shape.height, shape.topology, rules.neighbourhood, citizens.vision)
  if (state.agents.occupant.length !== grid.cellCount) {
    throw new RangeError(`a ${shape.width}×${shape.height} scenario cannot continue a state of another size`)
  }
  const districts = makeDistricts(
    grid,
    shape.districtColumns,
    shape.districtRows,
    scenario.districts.map((d) => d.name),
  )
  const count = districts.count
  const rand = streamsOf(streams)
  const capacity = state.agents.capacity
  const weightSum = citizens.policeWeight + citizens.militaryWeight + citizens.deliveryWeight
  const base = citizens.baseLegitimacy
  const normalise = (w: number) => (weightSum > 0 ? ((1 - base) * w) / weightSum : 0)
  return {
    scenario,
    streams,
    grid,
    shiftTable: makeShiftTable(grid),
    rules: uprisingRules(scenario, grid.stencil.size),
    agents: state.agents,
    group: new Uint8Array(capacity),
    enforcersSeen: state.policeSeen,
    activesSeen: [state.activesSeen],
    activeHere: noActiveCells(grid.cellCount),
    kindFields: [null, state.policeSeen, state.militarySeen, state.peacekeepersSeen, state.spoilersSeen],
    leadingCitizens: 0,
    legitimacy: 0,
    activeUpTo: new Int16Array(0),
    limitsLegitimacy: Number.NaN,
    random: { movement: rand.movement, arrest: rand.arrest, jail: rand.jail, release: rand.release },
    scratch: new Int32Array(grid.stencil.size),
    arrests: 0,
    districts,
    state,
    series: compileSeries(scenario),
    now: emptyNow(),
    sums: new Float64Array(SUMS),
    means: {
      policeCapacity: new Float64Array(count),
      policeOwned: new Float64Array(count),
      policeIntegrity: new Float64Array(count),
      militaryCapacity: new Float64Array(count),
      militaryIntegrity: new Float64Array(count),
      legitimacy: new Float64Array(count),
      trust: new Float64Array(count * 3),
      citizens: new Int32Array(count),
      policeCount: new Int32Array(count),
      militaryCount: new Int32Array(count),
    },
    rand,
    conditions: scenario.drawdown.phases.map((phase) =>
      phase.when === undefined ? null : compileExpression(phase.when, CONDITION_NAMES),
    ),
    order: new Int32Array(capacity),
    row: new Float64Array(state.observables.names.length),
    deployment: { present: new Int32Array(count), target: new Int32Array(count) },
    insecurityScratch: new Float32Array(grid.cellCount),
    weights: {
      base,
      police: normalise(citizens.policeWeight),
      military: normalise(citizens.militaryWeight),
      delivery: normalise(citizens.deliveryWeight),
    },
  }
}

/** The kinds whose agents make up the national forces, in the order of capacity arrays. */
export const NATIONAL_FORCES = [Kind.police, Kind.military] as const
