// Shocks at given ticks: part of the army dismissed (some take up arms), an election crisis that
// raises hardship for a while, an influx of externally backed fighters into a district, and a
// budget cut that caps the mission's strength from then on.
import { addAgent, Kind } from '../core/agents.ts'
import { record } from '../core/events.ts'
import { spread } from '../core/field.ts'
import { randomEmptyCellIn } from '../models/ssr/placement.ts'
import { giveCivilianTraits } from '../models/ssr/state.ts'
import type { SsrWorld } from '../models/ssr/world.ts'
import { listKind } from '../systems/deploy.ts'
import { convert } from '../systems/ssr/convert.ts'

/** Applies every shock scheduled for tick `t`, and updates the hardship of crises under way. */
export function applyShocks(world: SsrWorld, t: number): void {
  const { scenario, state, now } = world
  scenario.shocks.forEach((shock) => {
    if (shock.tick !== t) return
    switch (shock.kind) {
      case 'army-dismissal': {
        const { dismissed, joined } = dismissSoldiers(world, shock.share, shock.joinSpoilers)
        state.militaryRetained *= 1 - shock.share
        record(state.events, t, 'shock', null, { shock: shock.kind, dismissed, joinedSpoilers: joined })
        break
      }
      case 'election-crisis':
        state.crises.push(t + shock.duration, shock.hardship)
        record(state.events, t, 'shock', null, {
          shock: shock.kind,
          hardship: shock.hardship,
          duration: shock.duration,
        })
        break
      case 'spoiler-influx': {
        const d = world.districts.names.indexOf(shock.district)
        const arrived = influx(world, d, shock.share)
        record(state.events, t, 'shock', d, {
          shock: shock.kind,
          district: shock.district,
          fighters: arrived,
        })
        break
      }
      case 'budget-cut':
        state.drawdown.cap = Math.min(state.drawdown.cap, shock.strengthCap)
        record(state.events, t, 'shock', null, { shock: shock.kind, strengthCap: shock.strengthCap })
        break
    }
  })
  let hardship = 0
  const kept: number[] = []
  for (let i = 0; i < state.crises.length; i += 2) {
    if (state.crises[i] <= t) continue
    kept.push(state.crises[i], state.crises[i + 1])
    hardship += state.crises[i + 1]
  }
  state.crises = kept
  now.crisisHardship = hardship
}

function dismissSoldiers(world: SsrWorld, share: number, joinSpoilers: number) {
  const { agents, state, scenario } = world
  const random = world.rand.shocks
  const soldiers = listKind(agents, Kind.military, world.order)
  const leaving = Math.round(share * soldiers)
  let joined = 0
  for (let i = 0; i < leaving; i++) {
    const j = i + ((random() * (soldiers - i)) | 0)
    const id = world.order[j]
    world.order[j] = world.order[i]
    world.order[i] = id
    giveCivilianTraits(scenario, state, id, world.districts.of[agents.cell[id]], random)
    // Dismissed soldiers have lost all trust in the army that dismissed them.
    state.trust[3 * id + 1] = 0
    if (random() < joinSpoilers) {
      convert(world, id, Kind.spoiler)
      joined++
    } else {
      convert(world, id, Kind.citizen)
    }
  }
  state.military -= leaving
  return { dismissed: leaving, joined }
}

function influx(world: SsrWorld, d: number, share: number): number {
  const { agents, state, districts, grid } = world
  const cells = districts.cells[d]
  const count = Math.round(share * cells.length)
  let arrived = 0
  for (let i = 0; i < count; i++) {
    const cell = randomEmptyCellIn(cells, agents.occupant, world.rand.shocks)
    if (cell < 0) break
    const id = addAgent(agents, Kind.spoiler, cell)
    giveCivilianTraits(world.scenario, state, id, d, world.rand.shocks)
    spread(grid, state.spoilersSeen, cell, 1)
    arrived++
  }
  return arrived
}
