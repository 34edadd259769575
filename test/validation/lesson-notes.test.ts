// What each lesson's instructor note says about its own seed is what the model does: run A walks
// the steps, run B branches where the lesson branches (as the app does: a snapshot of A restored
// with A's settings and the step's), both play to the scenario's end, and the ticks the note gives
// are read off the runs. A change of the model that moves them fails here until the note is
// rewritten. In the validation project because the runs are long (the historical scenario at its
// full size).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSimulation, restoreSimulation, type Simulation } from '../../src/engine/simulation.ts'
import type { Lesson } from '../../src/lesson/schema.ts'
import { libraryScenario } from './library.ts'

const dir = new URL('../../scenarios/lessons/', import.meta.url)
const lessons = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => [
      name.slice(0, -'.json'.length),
      JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Lesson,
    ]),
)

/** Runs A and B of a lesson, played to the end of the scenario. */
function walk(lesson: Lesson): { a: Simulation; b: Simulation; branchTick: number } {
  const set = lesson.set ?? {}
  const a = createSimulation(libraryScenario(lesson.scenario, lesson.preset, set), lesson.seed)
  let b: Simulation | null = null
  let branchTick = -1
  for (const step of lesson.steps) {
    if (step.branch) {
      branchTick = a.tick
      b = restoreSimulation(
        a.snapshot(),
        libraryScenario(lesson.scenario, lesson.preset, { ...set, ...step.branch }),
      )
    }
    if (step.runTo !== undefined) {
      a.step(step.runTo - a.tick)
      if (b) b.step(step.runTo - b.tick)
    }
  }
  if (!b) throw new Error(`${lesson.title}: no branch`)
  const end = a.plannedTicks()
  a.step(end - a.tick)
  b.step(end - b.tick)
  return { a, b, branchTick }
}

const firstTick = (sim: Simulation, kind: string, where: (cause: unknown) => boolean = () => true) =>
  sim.events().find((event) => event.kind === kind && where(event.cause))?.tick

describe('instructor notes', () => {
  it('timor-leste-relapse: run A relapses weeks after its exit, before the army dismissal; run B leaves late', () => {
    const lesson = lessons['timor-leste-relapse']
    const note = lesson.instructorNote ?? ''
    const { a, b } = walk(lesson)
    const exit = a.outcome()?.exitTick ?? Number.NaN
    const relapse = firstTick(a, 'relapse') ?? Number.NaN
    const dismissal = firstTick(
      a,
      'shock',
      (cause) => (cause as { shock: string }).shock === 'army-dismissal',
    )
    const handover = firstTick(b, 'drawdown-phase')
    expect(note).toContain(`${relapse - exit} weeks after the scheduled exit (tick ${relapse})`)
    expect(note).toContain(`army dismissal (tick ${dismissal})`)
    expect(relapse).toBeLessThan(dismissal ?? Number.NaN)
    const exitB = b.outcome()?.exitTick ?? Number.NaN
    expect(note).toContain(`first handover at tick ${handover} and leaves at tick ${exitB}`)
    expect(note).toContain(`${b.tick - exitB} ticks before the scenario ends (tick ${b.tick})`)
    expect(firstTick(b, 'relapse')).toBeUndefined()
    // The lesson's last step plays to tick 176: run B must still be there, as its text says.
    const lastStep = Math.max(...lesson.steps.map((step) => step.runTo ?? 0))
    expect(note).toContain(`to tick ${lastStep}) it has not left`)
    expect(exitB).toBeGreaterThan(lastStep)
  })

  it('police-substitute: run A relapses about four and a half years in, run B stays durable', () => {
    const lesson = lessons['police-substitute']
    const note = lesson.instructorNote ?? ''
    const { a, b } = walk(lesson)
    const years = (a.outcome()?.timeToRelapse ?? Number.NaN) / a.scenario.ticksPerYear
    expect(note).toContain('run A relapses about four and a half years in and run B stays durable')
    expect(a.outcome()?.exitTick).toBe(0)
    expect(years).toBeGreaterThanOrEqual(4.25)
    expect(years).toBeLessThan(4.75)
    expect(b.outcome()?.outcome).toBe('durable')
  })

  it('punctuated-equilibrium: run A has the outbursts the note lists, run B none after the branch', () => {
    const lesson = lessons['punctuated-equilibrium']
    const note = lesson.instructorNote ?? ''
    const { a, b, branchTick } = walk(lesson)
    const outbursts = (sim: Simulation) =>
      sim
        .events()
        .filter((event) => event.kind === 'outburst')
        .map((event) => event.tick)
    const before = outbursts(a).filter((tick) => tick < branchTick)
    const listed = `${before.slice(0, -1).join(', ')} and ${before.at(-1)}`
    expect(note).toContain(`run A has outbursts at ticks ${listed} before the branch and more after`)
    expect(outbursts(a).some((tick) => tick > branchTick)).toBe(true)
    expect(note).toContain(`run B has none after tick ${branchTick}`)
    expect(outbursts(b).filter((tick) => tick > branchTick)).toEqual([])
  })
})
