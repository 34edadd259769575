// Hostile experiment files for the fuzz suite: the shipped library and a small experiment with
// fields replaced by wrong types, bad numbers, huge counts, deep nesting and prototype keys; and
// what each case must end in: a valid expansion, or problems that each name a path.
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { validateExperiment } from '../../src/experiment/expand.ts'
import { filesLoader } from '../../src/experiment/files-browser.ts'
import { hostileValue, SMALL, path as scenarioPath, withValue } from './arbitraries.ts'
import type { Ending } from './oracle.ts'
import { OracleFailure } from './oracle.ts'

const ROOT = new URL('../../', import.meta.url)

/** The base scenarios an experiment may name, as the browser's file loader holds them. */
const FILES: Record<string, unknown> = {
  'scenarios/small.json': SMALL.ssr,
  'scenarios/baseline.json': JSON.parse(readFileSync(new URL('scenarios/baseline.json', ROOT), 'utf8')),
}
const load = filesLoader(FILES, 'scenarios/experiments/fuzz.json')

const SMALL_EXPERIMENT = {
  name: 'fuzz',
  scenario: '../small.json',
  ticks: 5,
  factors: [{ path: 'reform.politicalWill', values: [0.2, 0.8] }],
  arms: [{ name: 'abrupt', set: { 'drawdown.policy': 'abrupt', 'drawdown.exitTick': 2 } }],
  replicates: { seeds: [1, 2] },
  record: { observables: ['violence.rolling'], every: 1 },
}

const LIBRARY = readdirSync(new URL('scenarios/experiments/', ROOT))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => JSON.parse(readFileSync(new URL(`scenarios/experiments/${name}`, ROOT), 'utf8')))

const PATHS = [
  'name',
  'scenario',
  'preset',
  'set',
  'set.world.width',
  'set.__proto__',
  'ticks',
  'design',
  'design.type',
  'design.n',
  'design.seed',
  'factors',
  'factors.0',
  'factors.0.path',
  'factors.0.values',
  'factors.0.values.1',
  'factors.0.range',
  'factors.0.levels',
  'factors.0.scale',
  'factors.0.sets',
  'arms',
  'arms.0.name',
  'arms.0.set',
  'arms.0.set.drawdown.policy',
  'arms.0.preset',
  'replicates',
  'replicates.seeds',
  'replicates.count',
  'replicates.masterSeed',
  'record',
  'record.every',
  'record.observables',
  '__proto__',
  'constructor.prototype',
]

const path = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PATHS) },
  { weight: 1, arbitrary: scenarioPath.map((p) => `set.${p}`) },
)

/** An experiment with one to three fields replaced, or now and then any JSON at all. */
export const hostileExperiment: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(SMALL_EXPERIMENT) },
          { weight: 1, arbitrary: fc.constantFrom(...LIBRARY) },
        ),
        fc.array(fc.tuple(path, hostileValue), { minLength: 1, maxLength: 3 }),
      )
      .map(([experiment, changes]) =>
        changes.reduce<unknown>((raw, [p, v]) => withValue(raw, p, v), experiment),
      ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
)

/** Validates and expands an experiment; a problem must name a path and leak nothing internal. */
export function experimentEnding(raw: unknown): Ending {
  const result = validateExperiment(raw, load)
  if (result.ok) {
    if (result.experiment.runs.length === 0) throw new OracleFailure('a valid experiment with no runs')
    return 'ran'
  }
  if (result.problems.length === 0) throw new OracleFailure('invalid, but no problem given')
  for (const { path: at, message } of result.problems) {
    if (typeof at !== 'string' || at.trim() === '')
      throw new OracleFailure(`problem without a path: ${message}`)
    if (/^\s+at |\w*Error:|Maximum call stack|Invalid (typed )?array length|undefined is not/m.test(message))
      throw new OracleFailure(`${at}: leaks internals: ${message.slice(0, 300)}`)
  }
  return 'invalid'
}
