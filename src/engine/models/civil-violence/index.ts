// Epstein's Model I as a scenario kind: the tick pipeline (schedules, deployment, activation,
// jail, observation) and the model's observables.
import type { CivilViolenceScenario } from '../../../scenario/schema.ts'
import { listAlive, Status } from '../../core/agents.ts'
import { record } from '../../core/events.ts'
import { appendRow } from '../../core/observables.ts'
import { Streams } from '../../core/rng.ts'
import { activateInRandomOrder } from '../../core/sample.ts'
import { readSchedule } from '../../core/schedule.ts'
import { copyState } from '../../core/snapshot.ts'
import { refreshActivityLimits } from '../../systems/activity.ts'
import { deploy } from '../../systems/deploy.ts'
import { serveTickAll } from '../../systems/jail.ts'
import { recountFields } from '../../systems/recount.ts'
import { renderFrame } from '../frame.ts'
import { cellOfAgent, inspectAgent } from '../inspect.ts'
import type { Model } from '../model.ts'
import {
  bindWorld,
  type CivilState,
  type CivilWorld,
  captureState,
  freshCountFields,
  initialState,
} from './world.ts'

/** Sets legitimacy and police strength for tick `t` from their schedules. */
function applySchedules(world: CivilWorld, t: number): void {
  // Read every schedule before changing anything, so an out-of-range value leaves the world intact.
  const legitimacy = readSchedule(world.legitimacySchedule, t, 'model.legitimacy', 0, 1)
  const density = readSchedule(world.copDensitySchedule, t, 'model.copDensity', 0, 1)
  world.legitimacy = legitimacy
  const target = Math.round(density * world.grid.cellCount * world.copScale)
  world.cops = deploy(world.deployment, world.cops, target)
  refreshActivityLimits(world)
}

/** Random sequential activation: every agent acts once, in a fresh random order, seeing earlier moves. */
function activate(world: CivilWorld): void {
  const order = world.order
  const n = listAlive(world.agents, order)
  activateInRandomOrder(order, n, world.activation, world.turn)
}

/** An outburst starts when actives pass this many and ends when they fall below the second figure
 * (the definition the punctuated-equilibrium test uses, after Epstein's figures). */
const OUTBURST_START = 50
const OUTBURST_END = 10

function noteOutburst(world: CivilWorld, active: number): void {
  if (world.inOutburst === 0 && active > OUTBURST_START) {
    world.inOutburst = 1
    record(world.events, world.tick, 'outburst', null, {
      actives: active,
      legitimacy: world.legitimacy,
      cops: world.cops,
    })
  } else if (world.inOutburst === 1 && active < OUTBURST_END) {
    world.inOutburst = 0
  }
}

function observe(world: CivilWorld): void {
  const { agents, row } = world
  // Model I's citizens are the first ids and never leave; only cops come and go.
  const census = world.census
  census.fill(0)
  for (let id = 0; id < world.citizens; id++) census[agents.status[id]]++
  const quiet = census[Status.quiet]
  const active = census[Status.active]
  const jailed = census[Status.jailed]
  row[0] = quiet
  row[1] = active
  row[2] = jailed
  row[3] = world.cops
  row[4] = world.legitimacy
  row[5] = world.arrests
  appendRow(world.observables, row)
  noteOutburst(world, active)
}

function step(world: CivilWorld): void {
  const t = world.tick + 1
  applySchedules(world, t)
  world.arrests = 0
  activate(world)
  if (world.rules.netlogoTurn) serveTickAll(world, world.serveTick)
  world.tick = t
  observe(world)
}

export const civilViolence: Model<CivilViolenceScenario, CivilWorld> = {
  kind: 'civil-violence',
  create(scenario, seed) {
    const streams = new Streams(seed)
    const world = bindWorld(scenario, initialState(scenario, streams), streams)
    // Cops placed with the citizens (per-cell placement) need their in-vision counts.
    if (world.cops > 0) recountFields(world)
    applySchedules(world, 0)
    observe(world)
    return world
  },
  restore(scenario, seed, saved) {
    const state = freshCountFields(copyState(saved.state) as unknown as CivilState, scenario)
    const world = bindWorld(scenario, state, new Streams(seed, saved.streams))
    refreshActivityLimits(world)
    recountFields(world)
    return world
  },
  capture(world) {
    return { state: copyState(captureState(world)) as never, streams: world.streams.state() }
  },
  step,
  tick: (world) => world.tick,
  observables: (world) => world.observables,
  frame: (world) => renderFrame(world.grid, world.agents, world.group, world.tick),
  events: (world) => world.events,
  cellOf: (world, id) => cellOfAgent(world.agents, id),
  inspect: (world, cell) => inspectAgent(world.grid, world.agents, cell),
  outcome: () => null,
}
