// The scenario schema: one source of truth for the Scenario types, validation with defaults, the
// editor's JSON Schema and the parameter panel. No mathjs here: the browser's main thread reads it.
import {
  boolean,
  discriminatedUnion,
  enumOf,
  type Infer,
  integer,
  json,
  listLeaves,
  literal,
  number,
  type ObjectSpec,
  object,
  optional,
  type ParameterInfo,
  type Report,
  record,
  type Shape,
  schedule,
  string,
  union,
} from './spec/index.ts'

export type { Problem } from './spec/problem.ts'
export type { ScheduleValue } from './spec/schedule.ts'

const world = object(
  {
    width: integer({
      min: 3,
      max: 2000,
      label: 'Width',
      unit: 'cells',
      description: 'Cells across the grid.',
    }),
    height: integer({
      min: 3,
      max: 2000,
      label: 'Height',
      unit: 'cells',
      description: 'Cells down the grid.',
    }),
    topology: enumOf(['torus', 'bounded'], {
      default: 'torus',
      label: 'Topology',
      description: 'torus: the edges wrap around; bounded: the grid ends at its edges.',
    }),
  },
  { label: 'World', description: 'The grid the agents live on.' },
)

const rules = object(
  {
    arrestRatio: enumOf(['literal', 'rounded', 'floored'], {
      default: 'rounded',
      label: 'Arrest ratio',
      description:
        'How the cops-to-actives ratio C/A enters the arrest probability: literal C/A; rounded half-to-even ' +
        'as Mesa/Python; floored with A = 1 + actives as NetLogo Rebellion.',
    }),
    neighbourhood: enumOf(['moore', 'von-neumann', 'disc', 'axes'], {
      default: 'von-neumann',
      label: 'Neighbourhood',
      description:
        'Shape of the vision radius: moore a square, von-neumann a diamond, disc a Euclidean disc like ' +
        "NetLogo in-radius, axes the lattice positions north, south, east and west only (Epstein's own).",
    }),
    jailed: enumOf(['keep-cell', 'leave-grid'], {
      default: 'keep-cell',
      label: 'Jailed agents',
      description:
        'Jailed agents keep occupying their cell (keep-cell, as Mesa) or leave the grid until released ' +
        '(leave-grid, as NetLogo).',
    }),
    turn: enumOf(['mesa', 'netlogo'], {
      default: 'mesa',
      label: 'Turn order',
      description:
        "Order inside an agent's turn and jail countdown. mesa: decide then move, the jail term counts down " +
        "on the agent's own turn, A counts the agent itself once. netlogo: move then act, a cop moves onto the " +
        "arrested agent's cell, jail terms count down at the end of the tick, A = 1 + actives within radius " +
        "including the agent's own cell.",
    }),
  },
  { label: 'Rules', description: 'Implementation choices where published versions of the models differ.' },
)

// Parameters both Epstein models share; each kind sets its own defaults.

const share = (label: string, description: string, defaultValue: number, unit = 'share of cells') =>
  number({ min: 0, max: 1, default: defaultValue, label, description, unit })

const enforcerDensity = (defaultValue: number, label: string, who: string) =>
  schedule({
    min: 0,
    max: 1,
    default: defaultValue,
    label,
    unit: 'share of cells',
    description: `Share of cells holding ${who}; a schedule can deploy or draw down the force during a run.`,
  })

const vision = (defaultValue: number) =>
  number({
    min: 0,
    exclusiveMin: true,
    max: 50,
    default: defaultValue,
    label: 'Vision',
    unit: 'cells',
    description: 'How far agents and cops see: the radius of the neighbourhood they count and move in.',
  })

const maxJailTerm = (defaultValue: number) =>
  union([integer({ min: 1 }), literal('life')], {
    default: defaultValue,
    label: 'Maximum jail term',
    unit: 'ticks',
    description:
      'Each arrest draws a jail term uniformly from 0 to this maximum minus 1; "life" jails for good.',
  })

const threshold = () =>
  number({
    min: 0,
    max: 1,
    default: 0.1,
    label: 'Threshold',
    unit: 'index, 0 to 1',
    description: 'An agent turns active when its grievance minus its net risk exceeds this threshold.',
  })

const arrestConstant = () =>
  number({
    min: 0,
    exclusiveMin: true,
    default: 2.3,
    label: 'Arrest constant',
    unit: 'dimensionless',
    description:
      'k in the estimated arrest probability 1 − exp(−k·C/A), chosen so that P ≈ 0.9 when C = A = 1.',
  })

const movement = () =>
  boolean({
    default: true,
    label: 'Movement',
    description: 'Whether agents and cops move to a random empty cell in vision each turn.',
  })

const civilViolenceModel = object(
  {
    citizenDensity: share('Citizen density', 'Share of cells holding a citizen at the start.', 0.7),
    copDensity: enforcerDensity(0.04, 'Cop density', 'a cop'),
    legitimacy: schedule({
      min: 0,
      max: 1,
      default: 0.82,
      label: 'Legitimacy',
      unit: 'index, 0 to 1',
      description:
        "The regime's legitimacy as every citizen perceives it; grievance is hardship × (1 − legitimacy).",
    }),
    vision: vision(7),
    maxJailTerm: maxJailTerm(30),
    threshold: threshold(),
    arrestConstant: arrestConstant(),
    movement: movement(),
  },
  { label: 'Model', description: 'Epstein Model I: civil violence against a central authority.' },
)

const interGroupModel = object(
  {
    agentDensity: share(
      'Agent density',
      'Share of cells holding an agent of either group at the start.',
      0.7,
    ),
    blueShare: share(
      'Blue share',
      'Share of agents in the blue group; the rest are green.',
      0.5,
      'share of agents',
    ),
    peacekeeperDensity: enforcerDensity(0, 'Peacekeeper density', 'a peacekeeper'),
    legitimacy: schedule({
      min: 0,
      max: 1,
      default: 0.8,
      label: 'Legitimacy',
      unit: 'index, 0 to 1',
      description: "The legitimacy each group grants the other's right to exist.",
    }),
    vision: vision(1.7),
    maxJailTerm: maxJailTerm(15),
    threshold: threshold(),
    arrestConstant: arrestConstant(),
    movement: movement(),
    reproductionProbability: number({
      min: 0,
      max: 1,
      default: 0.05,
      label: 'Reproduction probability',
      unit: 'probability per tick',
      description:
        'Chance each tick that a free agent has an offspring (a clone of itself) on an empty adjacent cell.',
    }),
    maxAge: integer({
      min: 1,
      default: 200,
      label: 'Maximum age',
      unit: 'ticks',
      description: 'Each agent dies at an age drawn uniformly from 1 to this maximum.',
    }),
  },
  { label: 'Model', description: 'Epstein Model II: inter-group violence between two groups.' },
)

/** On a torus, a vision window wider than the world would wrap round and count cells twice. */
function visionFitsWorld(
  scenario: { world: { width: number; height: number; topology: string }; model: { vision: number } },
  report: Report,
): void {
  const { width, height, topology } = scenario.world
  const { vision } = scenario.model
  if (topology !== 'torus') return
  const span = 2 * Math.floor(vision) + 1
  const side = Math.min(width, height)
  if (span <= side) return
  const below = Math.floor((side - 1) / 2) + 1
  report(
    'model.vision',
    `too large for the ${width} × ${height} torus: a vision of ${vision} spans ${span} cells ` +
      `(2 × floor(vision) + 1) but the world's shorter side is ${side}; use a vision below ${below} or a larger world`,
  )
}

/** A scenario kind: the fields every scenario has, plus the kind's own model; refine it with visionFitsWorld. */
function scenarioKind<K extends string, M extends Shape>(
  kind: K,
  label: string,
  description: string,
  model: ObjectSpec<M>,
) {
  return object(
    {
      $schema: optional(
        string({ description: 'Where editors find this JSON Schema; ignored by the simulation.' }),
      ),
      kind: literal(kind, { label: 'Kind', description: 'Which model the scenario runs.' }),
      name: string({ nonEmpty: true, label: 'Name', description: 'A short name for the scenario.' }),
      description: string({ default: '', label: 'Description', description: 'What the scenario is for.' }),
      seed: integer({
        min: 0,
        default: 1,
        label: 'Seed',
        description: 'Seed of every random stream; replicates of a batch vary it.',
      }),
      ticks: integer({ min: 1, label: 'Ticks', unit: 'ticks', description: 'The default length of a run.' }),
      ticksPerYear: number({
        min: 0,
        exclusiveMin: true,
        default: 52,
        label: 'Ticks per year',
        unit: 'ticks per year',
        description: 'How many ticks make a year, for reading results in calendar time.',
      }),
      world,
      rules,
      model,
      presets: record(record(json()), {
        default: {},
        label: 'Presets',
        description: 'Named sets of changes, each mapping a dotted path such as model.legitimacy to a value.',
      }),
    },
    { label, description },
  )
}

const civilViolence = scenarioKind(
  'civil-violence',
  'Civil violence scenario',
  'Epstein Model I: citizens rebel against a central authority whose cops arrest active rebels.',
  civilViolenceModel,
).refine(visionFitsWorld)

const interGroup = scenarioKind(
  'inter-group',
  'Inter-group scenario',
  'Epstein Model II: two groups, and peacekeepers who arrest agents killing members of the other group.',
  interGroupModel,
).refine(visionFitsWorld)

/** Every scenario kind by name. A new kind is one more model object and one more entry here. */
export const scenarioKinds = {
  'civil-violence': civilViolence,
  'inter-group': interGroup,
}

export const scenarioSpec = discriminatedUnion('kind', scenarioKinds, {
  label: 'Drawdown Lab scenario',
  description: 'A scenario for Drawdown Lab; "kind" selects the model.',
})

export type ScenarioKind = keyof typeof scenarioKinds
export const SCENARIO_KINDS = Object.keys(scenarioKinds) as ScenarioKind[]

/** A validated scenario with every default filled in. */
export type Scenario = Infer<typeof scenarioSpec>
export type CivilViolenceScenario = Infer<typeof civilViolence>
export type InterGroupScenario = Infer<typeof interGroup>

/** Top-level fields that describe the file rather than the run: not parameters, not for presets. */
export const FILE_FIELDS: ReadonlySet<string> = new Set(['$schema', 'kind', 'presets'])

/** Every parameter of a kind, with its dotted path, label, unit, range and default, in schema order. */
export function listParameters(kind: ScenarioKind): ParameterInfo[] {
  return listLeaves(scenarioKinds[kind]).filter((parameter) => !FILE_FIELDS.has(parameter.path.split('.')[0]))
}

export type { ParameterInfo }
