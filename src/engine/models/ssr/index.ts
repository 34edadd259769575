// The peacekeeping and SSR model as a scenario kind: the tick pipeline, in order —
// schedules, shocks, spoiler inflow, drawdown and handover, national force levels, district means, the insecurity
// field, random sequential activation of every agent, jail (NetLogo turn), replacement of the
// dead, then observation, notable events and the drawdown's outcome.
import type { SsrScenario } from '../../../scenario/schema.ts'
import { KIND_NAMES, Kind, listAlive, recycleIds, Status } from '../../core/agents.ts'
import { makeDistricts } from '../../core/districts.ts'
import { makeGrid } from '../../core/grid.ts'
import { Streams } from '../../core/rng.ts'
import { activateInRandomOrder } from '../../core/sample.ts'
import { copyState } from '../../core/snapshot.ts'
import { drawdownStrength } from '../../strategies/drawdown.ts'
import { deployPeacekeepers, handoverSequence } from '../../strategies/handover.ts'
import { applyShocks } from '../../strategies/shocks.ts'
import { serveTickAll } from '../../systems/jail.ts'
import { recountFields } from '../../systems/recount.ts'
import { capacityOf } from '../../systems/ssr/capacity.ts'
import { type Conduct, conduct } from '../../systems/ssr/conduct.ts'
import { type NationalForces, nationalForces } from '../../systems/ssr/forces.ts'
import { spoilerInflow } from '../../systems/ssr/inflow.ts'
import { spreadInsecurity } from '../../systems/ssr/insecurity.ts'
import { renderFrame } from '../frame.ts'
import { cellOfAgent, inspectAgent } from '../inspect.ts'
import type { Model } from '../model.ts'
import { census } from './aggregates.ts'
import { reportNotable } from './notable.ts'
import { observe } from './observe.ts'
import { plannedTicks, summarise, trackOutcome } from './outcome.ts'
import { readSeries } from './params.ts'
import { replaceTheDead } from './replacement.ts'
import { freshCountFields, initialState, type SsrState } from './state.ts'
import { ssrRules } from './turn.ts'
import { bindWorld, type SsrWorld } from './world.ts'

/** A world with its rules built: what the model's functions work on. */
interface Running {
  world: SsrWorld
  conduct: Conduct
  forces: NationalForces
  turn: (id: number) => void
  serveTick: (id: number) => void
  beforeTurns: () => void
  sequence: number[]
  /** Peacekeepers at full strength, all districts. */
  mandated: number
  /** Peacekeepers the drawdown called for this tick. */
  targetCount: number
}

function run(world: SsrWorld): Running {
  const behaviour = conduct(world)
  const forces = nationalForces(world)
  const { turn, serveTick, beforeTurns } = ssrRules(world, behaviour, forces)
  const mandated = world.state.mandated.reduce((a, b) => a + b, 0)
  return {
    world,
    conduct: behaviour,
    forces,
    turn,
    serveTick,
    beforeTurns,
    sequence: handoverSequence(world),
    mandated,
    targetCount: 0,
  }
}

/** Schedules, shocks, the drawdown and force levels for tick `t`, before anyone acts. */
function prepareTick(r: Running, t: number, initial: boolean): void {
  const { world } = r
  readSeries(world.series, t, world.now)
  applyShocks(world, t)
  if (!initial) spoilerInflow(world)
  const share = Math.min(drawdownStrength(world, t), world.state.drawdown.cap)
  r.targetCount = Math.round(share * r.mandated)
  deployPeacekeepers(world, r.sequence, r.targetCount, t)
  r.forces.deploy(initial)
}

function step(r: Running): void {
  const { world } = r
  const { state, agents } = world
  const t = state.tick + 1
  prepareTick(r, t, false)
  spreadInsecurity(world)
  state.tally.fill(0)
  state.districtTally.fill(0)
  world.arrests = 0
  r.beforeTurns()
  activateInRandomOrder(world.order, listAlive(agents, world.order), world.rand.activation, r.turn)
  if (world.rules.netlogoTurn) serveTickAll(world, r.serveTick)
  replaceTheDead(world)
  recycleIds(agents)
  state.tick = t
  conclude(r)
}

/** Observation, notable events and the outcome, at the end of a tick (and at tick 0). */
function conclude(r: Running): void {
  census(r.world, r.conduct)
  observe(r.world, r.mandated)
  reportNotable(r.world)
  trackOutcome(r.world, r.targetCount)
}

/** Every citizen's perceived legitimacy at the start, before anyone has taken a turn. */
function initialLegitimacy(world: SsrWorld): void {
  const { agents, state, now, weights, scenario } = world
  for (let id = 0; id < agents.end; id++) {
    if (agents.alive[id] !== 1 || agents.kind[id] !== Kind.citizen) continue
    state.legitimacy[id] = scenario.citizens.legitimacyFromTrust
      ? weights.base +
        weights.police * state.trust[3 * id] +
        weights.military * state.trust[3 * id + 1] +
        weights.delivery * now.politicalWill
      : now.fixedLegitimacy
  }
}

function frameOf(r: Running) {
  const { world } = r
  const { agents, state, grid, districts } = world
  const frame = renderFrame(grid, agents, world.group, state.tick)
  const shade = new Float32Array(frame.count)
  let i = 0
  for (let id = 0; id < agents.end; id++) {
    const at = agents.cell[id]
    if (agents.alive[id] !== 1 || at < 0 || agents.occupant[at] !== id) continue
    const kind = agents.kind[id]
    shade[i++] =
      kind === Kind.citizen
        ? state.legitimacy[id]
        : kind === Kind.police || kind === Kind.military
          ? capacityOf(world, id)
          : 1
  }
  const overlay = new Float32Array(grid.cellCount)
  for (let cell = 0; cell < grid.cellCount; cell++) overlay[cell] = Math.min(1, state.insecurity[cell])
  return {
    ...frame,
    shade,
    shadeLabel: 'perceived legitimacy',
    overlay,
    overlayLabel: 'insecurity',
    district: districts.of.slice(),
    districtNames: [...districts.names],
  }
}

function inspect(r: Running, cell: number) {
  const { world } = r
  const { agents, state, districts } = world
  return inspectAgent(world.grid, agents, cell, (id): Record<string, number | string> => {
    const district = districts.names[districts.of[agents.cell[id]]]
    switch (agents.kind[id]) {
      case Kind.citizen:
        return {
          district,
          trustInPolice: state.trust[3 * id],
          trustInMilitary: state.trust[3 * id + 1],
          trustInPeacekeepers: state.trust[3 * id + 2],
          legitimacy: state.legitimacy[id],
          cso: state.cso[id] === 1 ? 'member' : 'no',
        }
      case Kind.police:
      case Kind.military:
        return {
          district,
          capacity: capacityOf(world, id),
          capacityOwned: state.capacityOwned[id],
          capacityAssisted: state.capacityAssisted[id],
          integrity: state.integrity[id],
        }
      case Kind.peacekeeper:
        return { district, serves: districts.names[state.home[id]] }
      default:
        return {
          district,
          kind: KIND_NAMES[agents.kind[id]],
          status: agents.status[id] === Status.jailed ? 'jailed' : 'armed',
        }
    }
  })
}

function geometry(scenario: SsrScenario) {
  const { world: shape, rules, citizens } = scenario
  const grid = makeGrid(shape.width, shape.height, shape.topology, rules.neighbourhood, citizens.vision)
  const districts = makeDistricts(
    grid,
    shape.districtColumns,
    shape.districtRows,
    scenario.districts.map((d) => d.name),
  )
  return { grid, districts }
}

export const ssr: Model<SsrScenario, Running> = {
  kind: 'ssr',
  create(scenario, seed) {
    const streams = new Streams(seed)
    const { grid, districts } = geometry(scenario)
    const r = run(bindWorld(scenario, initialState(scenario, grid, districts, streams), streams))
    prepareTick(r, 0, true)
    initialLegitimacy(r.world)
    conclude(r)
    return r
  },
  restore(scenario, seed, saved) {
    const state = freshCountFields(copyState(saved.state) as unknown as SsrState, scenario)
    const r = run(bindWorld(scenario, state, new Streams(seed, saved.streams)))
    recountFields(r.world)
    // District means and force counts are not saved: the census rebuilds them from the state, with
    // the schedules' values of the tick the snapshot was taken at.
    readSeries(r.world.series, state.tick, r.world.now)
    census(r.world, r.conduct)
    r.targetCount = state.peacekeepers
    return r
  },
  capture(r) {
    return { state: copyState(r.world.state) as never, streams: r.world.streams.state() }
  },
  step,
  tick: (r) => r.world.state.tick,
  observables: (r) => r.world.state.observables,
  frame: frameOf,
  events: (r) => r.world.state.events,
  inspect,
  cellOf: (r, id) => cellOfAgent(r.world.agents, id),
  outcome: (r) => summarise(r.world),
  plannedTicks: (r) => plannedTicks(r.world),
}
