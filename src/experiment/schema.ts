// The experiment file's schema, in the scenario schema's DSL: one source for the types, the
// checks (path-precise messages, unknown keys refused) and scenarios/experiments/schema.json.
// Checks that need the base scenario (paths, values, observables) live in check-scenario.ts.

import {
  MAX_ARMS,
  MAX_DESIGN_SAMPLES,
  MAX_FACTOR_LEVELS,
  MAX_REPLICATES,
  MAX_TICKS,
} from '../scenario/limits.ts'
import {
  array,
  discriminatedUnion,
  enumOf,
  type Infer,
  integer,
  json,
  literal,
  number,
  object,
  optional,
  record,
  string,
  union,
} from '../scenario/spec/index.ts'
import { checkDesignRules } from './design-rules.ts'

const pathString = (description: string) => string({ nonEmpty: true, label: 'Path', description })

/** Dotted scenario path → value, applied like a preset (values taken as they are). */
const overrides = (description: string) => record(json(), { default: {}, label: 'Set', description })

const factorValue = union([number(), string({ nonEmpty: true })])

const linkedLevel = object(
  {
    value: factorValue,
    set: record(json(), {
      label: 'Set',
      description: 'Dotted scenario path → value: what this level of the factor changes.',
    }),
  },
  { label: 'Level', description: 'One level of a factor given as sets: its value and the changes it makes.' },
)

export const factorSpec = object(
  {
    path: optional(
      pathString('Dotted path of the scenario parameter this factor varies, e.g. reform.politicalWill.'),
    ),
    name: optional(
      string({
        nonEmpty: true,
        label: 'Name',
        description: 'With "sets": the factor’s name in runs.csv, e.g. exitYear.',
      }),
    ),
    sets: optional(
      array(linkedLevel, {
        minItems: 1,
        label: 'Sets',
        description:
          'A factor that changes several parameters together: each level a value and the changes it makes.',
      }),
    ),
    values: optional(
      array(factorValue, {
        minItems: 1,
        maxItems: MAX_FACTOR_LEVELS,
        label: 'Values',
        description:
          'The values to run: numbers, or strings for a categorical factor (e.g. drawdown.policy).',
      }),
    ),
    range: optional(
      array(number(), {
        minItems: 2,
        maxItems: 2,
        label: 'Range',
        description: '[low, high]: the interval the factor is sampled from, or split into levels.',
      }),
    ),
    levels: optional(
      integer({
        min: 2,
        max: MAX_FACTOR_LEVELS,
        label: 'Levels',
        description:
          'With a range, in factorial and one-at-a-time designs: evenly spaced values, both ends included.',
      }),
    ),
    scale: optional(
      enumOf(['linear', 'log'], {
        label: 'Scale',
        description:
          'How a range is spaced: linear, or log (evenly in the logarithm; the range must be positive).',
      }),
    ),
    base: optional(
      union([number(), string({ nonEmpty: true })], {
        label: 'Base value',
        description:
          'One-at-a-time designs: the value held while other factors vary. Default: the base scenario’s value.',
      }),
    ),
  },
  {
    label: 'Factor',
    description:
      'What the design varies: a scenario parameter ("path") with "values" or a "range", or a named factor with "sets".',
  },
).refine((factor, report) => {
  const given = [factor.values, factor.range, factor.sets].filter((x) => x !== undefined).length
  if (given !== 1) {
    report('', 'needs exactly one of "values", "range" and "sets"')
    return
  }
  if (factor.sets !== undefined) {
    if (factor.name === undefined) report('name', 'required with "sets"')
    if (factor.path !== undefined) report('path', 'not used with "sets" (each level sets its own paths)')
    const values = factor.sets.map((level) => level.value)
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i)
        report(['sets', i, 'value'], `${JSON.stringify(value)} is listed twice`)
    })
    for (const key of ['levels', 'scale'] as const)
      if (factor[key] !== undefined) report(key, 'only used with a range')
    return
  }
  if (factor.path === undefined) report('path', 'required')
  if (factor.name !== undefined) report('name', 'only used with "sets"; a factor with a path is named by it')
  if (factor.values !== undefined) {
    if (factor.levels !== undefined) report('levels', 'only used with a range')
    if (factor.scale !== undefined) report('scale', 'only used with a range')
    factor.values.forEach((value, i) => {
      if (factor.values?.indexOf(value) !== i)
        report(['values', i], `${JSON.stringify(value)} is listed twice`)
    })
  }
  if (factor.range !== undefined) {
    const [low, high] = factor.range
    if (!(low < high)) report('range', `must be [low, high] with low < high, got [${low}, ${high}]`)
    else if (factor.scale === 'log' && low <= 0)
      report('range', `must be positive on the log scale, got [${low}, ${high}]`)
  }
})

export const armSpec = object(
  {
    name: string({
      nonEmpty: true,
      label: 'Name',
      description: 'The arm as runs.csv and the analysis name it.',
    }),
    description: string({ default: '', label: 'Description', description: 'What this arm stands for.' }),
    preset: optional(
      string({
        nonEmpty: true,
        label: 'Preset',
        description: 'A preset of the base scenario applied in this arm, after the experiment’s own preset.',
      }),
    ),
    set: overrides('Dotted scenario path → value in this arm, applied after the experiment’s "set".'),
  },
  { label: 'Arm', description: 'A named strategy to compare: a set of changes to the base scenario.' },
)

const sampleCount = (description: string) =>
  integer({ min: 1, max: MAX_DESIGN_SAMPLES, label: 'Samples', description })

const designSeed = optional(
  integer({
    min: 0,
    label: 'Design seed',
    description: 'Seed of the sampling. Default: replicates.masterSeed (required when seeds are listed).',
  }),
)

export const designSpec = discriminatedUnion(
  'type',
  {
    factorial: object(
      { type: literal('factorial') },
      { description: 'Every combination of every factor’s values.' },
    ),
    'one-at-a-time': object(
      { type: literal('one-at-a-time') },
      { description: 'The base point, then each factor varied alone with the others at their base value.' },
    ),
    'latin-hypercube': object(
      {
        type: literal('latin-hypercube'),
        n: sampleCount('Number of points: each factor’s range is cut into n strata, each hit once.'),
        seed: designSeed,
      },
      { description: 'A Latin hypercube sample of n points over the factors’ ranges.' },
    ),
    saltelli: object(
      {
        type: literal('saltelli'),
        n: sampleCount('Base samples (best a power of two): the design has n × (factors + 2) points.'),
      },
      { description: 'Saltelli’s sampling for first-order and total Sobol indices, from a Sobol sequence.' },
    ),
    'arms-only': object(
      { type: literal('arms-only') },
      { description: 'No factors: one point, the base scenario, run in each arm.' },
    ),
  },
  {
    label: 'Design',
    description: 'How design points are made. Default: factorial with factors, arms-only without.',
  },
)

const seed = integer({ min: 0, max: Number.MAX_SAFE_INTEGER })

export const replicatesSpec = object(
  {
    seeds: optional(
      array(seed, {
        minItems: 1,
        maxItems: MAX_REPLICATES,
        label: 'Seeds',
        description: 'The replicate seeds, in order.',
      }),
    ),
    count: optional(
      integer({
        min: 1,
        max: MAX_REPLICATES,
        label: 'Count',
        description: 'How many replicates, with masterSeed.',
      }),
    ),
    masterSeed: optional(
      integer({
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        label: 'Master seed',
        description: 'The seed the replicate seeds (and sampling designs) are derived from.',
      }),
    ),
  },
  {
    label: 'Replicates',
    description:
      'The seeds every point and arm runs (common random numbers): "seeds", or "count" with "masterSeed".',
  },
).refine((replicates, report) => {
  const listed = replicates.seeds !== undefined
  const derived = replicates.count !== undefined || replicates.masterSeed !== undefined
  if (listed === derived) {
    report('', 'needs either "seeds" or "count" with "masterSeed"')
    return
  }
  if (derived) {
    if (replicates.count === undefined) report('count', 'required with masterSeed')
    if (replicates.masterSeed === undefined) report('masterSeed', 'required with count')
  }
  replicates.seeds?.forEach((value, i) => {
    if (replicates.seeds?.indexOf(value) !== i) report(['seeds', i], `${value} is listed twice`)
  })
})

export const recordSpec = object(
  {
    observables: union([literal('all'), array(string({ nonEmpty: true }), { minItems: 1 })], {
      default: 'all',
      label: 'Observables',
      description: '"all", or the observables to write to series files, by name.',
    }),
    every: integer({
      min: 1,
      default: 1,
      label: 'Every',
      unit: 'ticks',
      description: 'Write every k-th tick (tick 0 included) to the series files.',
    }),
    units: enumOf(['model', 'real'], {
      default: 'model',
      label: 'Units',
      description:
        'Units of the series files and of the final.<observable> columns: "model" (agents, per tick) or "real" ' +
        '(people through the scenario\'s "scale", per month), as `drawdown run --units`. Outcome measures stay in model units.',
    }),
  },
  { label: 'Record', description: 'What the series files hold. Outcome measures are always recorded.' },
)

export const experimentSpec = object(
  {
    $schema: optional(string({ description: 'Where editors find this JSON Schema; ignored by the runner.' })),
    name: string({ nonEmpty: true, label: 'Name', description: 'A short name for the experiment.' }),
    description: string({ default: '', label: 'Description', description: 'What the experiment asks.' }),
    scenario: union([string({ nonEmpty: true }), record(json())], {
      label: 'Base scenario',
      description: 'A scenario file, as a path relative to this file, or a scenario written inline.',
    }),
    preset: optional(
      string({
        nonEmpty: true,
        label: 'Preset',
        description: 'A preset of the base scenario, applied first.',
      }),
    ),
    set: overrides('Dotted scenario path → value, applied to every run after the preset.'),
    ticks: optional(
      integer({
        min: 1,
        max: MAX_TICKS,
        label: 'Ticks',
        unit: 'ticks',
        description: 'Run length of every run.',
      }),
    ),
    design: optional(designSpec),
    factors: array(factorSpec, {
      default: [],
      label: 'Factors',
      description: 'The parameters the design varies.',
    }),
    arms: array(armSpec, {
      default: [],
      maxItems: MAX_ARMS,
      label: 'Arms',
      description: 'Named strategies, each run at every point.',
    }),
    replicates: optional(replicatesSpec),
    record: recordSpec,
  },
  {
    label: 'Drawdown Lab experiment',
    description: 'A batch of runs: a base scenario, a design over factors, named arms and replicate seeds.',
  },
).refine(checkDesignRules)

export type ExperimentFile = Infer<typeof experimentSpec>
export type Factor = Infer<typeof factorSpec>
export type Arm = Infer<typeof armSpec>
export type DesignFile = Infer<typeof designSpec>
export type { DesignType } from './design-rules.ts'
