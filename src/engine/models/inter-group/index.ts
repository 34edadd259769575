// Epstein's Model II as a scenario kind: the tick pipeline and the per-group observables.
import type { InterGroupScenario } from '../../../scenario/schema.ts'
import { Kind, listAlive, recycleIds, Status } from '../../core/agents.ts'
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
  captureState,
  freshCountFields,
  GROUP_NAMES,
  type InterGroupState,
  type InterGroupWorld,
  initialState,
} from './world.ts'

/** Sets legitimacy and peacekeeper strength for tick `t` from their schedules. */
function applySchedules(world: InterGroupWorld, t: number): void {
  // Read every schedule before changing anything, so an out-of-range value leaves the world intact.
  const legitimacy = readSchedule(world.legitimacySchedule, t, 'model.legitimacy', 0, 1)
  const density = readSchedule(world.peacekeeperSchedule, t, 'model.peacekeeperDensity', 0, 1)
  world.legitimacy = legitimacy
  world.peacekeepers = deploy(
    world.deployment,
    world.peacekeepers,
    Math.round(density * world.grid.cellCount),
  )
  refreshActivityLimits(world)
}

function activate(world: InterGroupWorld): void {
  activateInRandomOrder(world.order, listAlive(world.agents, world.order), world.activation, world.turn)
}

function observe(world: InterGroupWorld): void {
  const { agents, group, row } = world
  row.fill(0)
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] !== 1 || agents.kind[id] !== Kind.citizen) continue
    const base = 4 * group[id]
    row[base]++
    if (agents.status[id] === Status.active) row[base + 1]++
    else if (agents.status[id] === Status.jailed) row[base + 2]++
  }
  row[3] = world.killed[0]
  row[7] = world.killed[1]
  row[8] = world.peacekeepers
  row[9] = world.legitimacy
  row[10] = world.arrests
  appendRow(world.observables, row)
  GROUP_NAMES.forEach((group, g) => {
    const extinct = row[4 * g] === 0
    const noted = world.events.some((event) => event.kind === 'extinction' && event.cause.group === group)
    if (extinct && !noted)
      record(world.events, world.tick, 'extinction', null, { group, killed: world.killed[g] })
  })
}

function step(world: InterGroupWorld): void {
  const t = world.tick + 1
  applySchedules(world, t)
  world.arrests = 0
  world.killed.fill(0)
  activate(world)
  if (world.rules.netlogoTurn) serveTickAll(world, world.serveTick)
  recycleIds(world.agents)
  world.tick = t
  observe(world)
}

export const interGroup: Model<InterGroupScenario, InterGroupWorld> = {
  kind: 'inter-group',
  create(scenario, seed) {
    const streams = new Streams(seed)
    const world = bindWorld(scenario, initialState(scenario, streams), streams)
    applySchedules(world, 0)
    observe(world)
    return world
  },
  restore(scenario, seed, saved) {
    const state = freshCountFields(copyState(saved.state) as unknown as InterGroupState, scenario)
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
  inspect: (world, cell) =>
    inspectAgent(
      world.grid,
      world.agents,
      cell,
      (id): Record<string, number | string> =>
        world.agents.kind[id] === Kind.citizen
          ? { group: GROUP_NAMES[world.group[id]], age: world.age[id], lifespan: world.lifespan[id] }
          : {},
    ),
  outcome: () => null,
}
