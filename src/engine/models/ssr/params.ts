// The SSR scenario's schedules compiled once, and the values in force this tick: what political
// will, ownership, programmes and posture are now. Systems read `Now`, never the schedules.

import { compileSchedule } from '../../../scenario/schedule.ts'
import type { SsrScenario } from '../../../scenario/schema.ts'
import { readSchedule, type Schedule } from '../../core/schedule.ts'

/** A scenario field that may vary over time, with its dotted path for error messages. */
interface Series {
  path: string
  schedule: Schedule
}

const SERIES = {
  politicalWill: (s: SsrScenario) => s.reform.politicalWill,
  ownership: (s: SsrScenario) => s.reform.ownership,
  coordination: (s: SsrScenario) => s.reform.coordination,
  justice: (s: SsrScenario) => s.reform.justice,
  training: (s: SsrScenario) => s.programmes.training,
  humanRights: (s: SsrScenario) => s.programmes.humanRights,
  vetting: (s: SsrScenario) => s.programmes.vetting,
  oversight: (s: SsrScenario) => s.programmes.oversight,
  ddr: (s: SsrScenario) => s.programmes.ddr,
  protect: (s: SsrScenario) => s.peacekeepers.posture.protect,
  mentor: (s: SsrScenario) => s.peacekeepers.posture.mentor,
  engage: (s: SsrScenario) => s.peacekeepers.posture.engage,
  policeDensity: (s: SsrScenario) => s.police.density,
  militaryDensity: (s: SsrScenario) => s.military.density,
  fixedLegitimacy: (s: SsrScenario) => s.citizens.fixedLegitimacy,
  drawdownStrength: (s: SsrScenario) => s.drawdown.strength,
} as const

const PATHS: Record<keyof typeof SERIES, string> = {
  politicalWill: 'reform.politicalWill',
  ownership: 'reform.ownership',
  coordination: 'reform.coordination',
  justice: 'reform.justice',
  training: 'programmes.training',
  humanRights: 'programmes.humanRights',
  vetting: 'programmes.vetting',
  oversight: 'programmes.oversight',
  ddr: 'programmes.ddr',
  protect: 'peacekeepers.posture.protect',
  mentor: 'peacekeepers.posture.mentor',
  engage: 'peacekeepers.posture.engage',
  policeDensity: 'police.density',
  militaryDensity: 'military.density',
  fixedLegitimacy: 'citizens.fixedLegitimacy',
  drawdownStrength: 'drawdown.strength',
}

export type SeriesName = keyof typeof SERIES

/** Values in force during the current tick. */
export type Now = Record<SeriesName, number> & {
  /** Hardship every citizen bears from an election crisis under way. */
  crisisHardship: number
  /** Posture weights after normalising (they sum to 1 when any is positive). */
  protectShare: number
  mentorShare: number
  engageShare: number
}

export type CompiledSeries = Record<SeriesName, Series>

export function compileSeries(scenario: SsrScenario): CompiledSeries {
  const out = {} as CompiledSeries
  for (const name of Object.keys(SERIES) as SeriesName[]) {
    out[name] = { path: PATHS[name], schedule: compileSchedule(SERIES[name](scenario), PATHS[name]) }
  }
  return out
}

export function emptyNow(): Now {
  const now = { crisisHardship: 0, protectShare: 0, mentorShare: 0, engageShare: 0 } as Now
  for (const name of Object.keys(SERIES) as SeriesName[]) now[name] = 0
  // A spread copy: filled by keyed stores, `now` is a dictionary in V8 (more than a dozen keys),
  // and every rule reads it on every turn.
  return { ...now }
}

/** Reads every series at tick `t` before changing anything, so a bad value leaves `now` intact. */
export function readSeries(series: CompiledSeries, t: number, now: Now): void {
  const values = {} as Record<SeriesName, number>
  for (const name of Object.keys(series) as SeriesName[]) {
    values[name] = readSchedule(series[name].schedule, t, series[name].path, 0, 1)
  }
  Object.assign(now, values)
}

/** Posture weights as shares; a phase of a conditions drawdown may override the scenario's weights. */
export function setPosture(now: Now, protect: number, mentor: number, engage: number): void {
  const total = protect + mentor + engage
  now.protectShare = total > 0 ? protect / total : 0
  now.mentorShare = total > 0 ? mentor / total : 0
  now.engageShare = total > 0 ? engage / total : 0
}
