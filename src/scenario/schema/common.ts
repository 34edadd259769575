// Pieces every scenario kind shares: the world, the rule variants, the parameters of Epstein's
// civil-violence rules, and the fields at the top of every scenario file.

import { MAX_PRESET_CHANGES, MAX_PRESETS, MAX_SEED, MAX_TICKS, MAX_TICKS_PER_YEAR } from '../limits.ts'
import {
  boolean,
  enumOf,
  integer,
  json,
  literal,
  number,
  type ObjectSpec,
  object,
  optional,
  type Report,
  record,
  type Shape,
  schedule,
  string,
  union,
} from '../spec/index.ts'

const width = () =>
  integer({ min: 3, max: 2000, label: 'Width', unit: 'cells', description: 'Cells across the grid.' })
const height = () =>
  integer({ min: 3, max: 2000, label: 'Height', unit: 'cells', description: 'Cells down the grid.' })
const topology = (defaultValue: 'torus' | 'bounded') =>
  enumOf(['torus', 'bounded'], {
    default: defaultValue,
    label: 'Topology',
    description: 'torus: the edges wrap around; bounded: the grid ends at its edges.',
  })

export const world = object(
  { width: width(), height: height(), topology: topology('torus') },
  { label: 'World', description: 'The grid the agents live on.', startOnly: true },
)

/** The world of a country divided into districts laid out as a grid of blocks. */
export const districtWorld = object(
  {
    width: width(),
    height: height(),
    topology: topology('bounded'),
    districtColumns: integer({
      min: 1,
      max: 16,
      default: 1,
      label: 'District columns',
      unit: 'districts',
      description: 'Districts across the grid; the grid is cut into equal blocks, listed row by row.',
    }),
    districtRows: integer({
      min: 1,
      max: 16,
      default: 1,
      label: 'District rows',
      unit: 'districts',
      description: 'Districts down the grid.',
    }),
  },
  {
    label: 'World',
    description: 'The grid of the country and how it is cut into districts.',
    startOnly: true,
  },
)

export const rules = object(
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

export const share = (
  label: string,
  description: string,
  defaultValue: number,
  unit = 'share of cells',
  startOnly = false,
) => number({ min: 0, max: 1, default: defaultValue, label, description, unit, startOnly })

export const enforcerDensity = (defaultValue: number, label: string, who: string) =>
  schedule({
    min: 0,
    max: 1,
    default: defaultValue,
    label,
    unit: 'share of cells',
    description: `Share of cells holding ${who}; a schedule can deploy or draw down the force during a run.`,
  })

export const vision = (defaultValue: number) =>
  number({
    min: 0,
    exclusiveMin: true,
    max: 50,
    default: defaultValue,
    label: 'Vision',
    unit: 'cells',
    description: 'How far agents see: the radius of the neighbourhood they count and move in.',
  })

export const maxJailTerm = (defaultValue: number) =>
  union([integer({ min: 1, max: MAX_TICKS }), literal('life')], {
    default: defaultValue,
    label: 'Maximum jail term',
    unit: 'ticks',
    description:
      'Each arrest draws a jail term uniformly from 0 to this maximum minus 1; "life" jails for good.',
  })

export const threshold = () =>
  number({
    min: 0,
    max: 1,
    default: 0.1,
    label: 'Threshold',
    unit: 'index, 0 to 1',
    description: 'An agent turns active when its grievance minus its net risk exceeds this threshold.',
  })

export const arrestConstant = () =>
  number({
    min: 0,
    exclusiveMin: true,
    default: 2.3,
    label: 'Arrest constant',
    unit: 'dimensionless',
    description:
      'k in the estimated arrest probability 1 − exp(−k·C/A), chosen so that P ≈ 0.9 when C = A = 1.',
  })

export const movement = () =>
  boolean({
    default: true,
    label: 'Movement',
    description: 'Whether agents move to a random empty cell in vision each turn.',
  })

/** On a torus, a vision window wider than the world would wrap round and count cells twice. */
export function visionFitsWorld(
  scenario: { world: { width: number; height: number; topology: string } },
  vision: number,
  path: string,
  report: Report,
): void {
  const { width, height, topology } = scenario.world
  if (topology !== 'torus') return
  const span = 2 * Math.floor(vision) + 1
  const side = Math.min(width, height)
  if (span <= side) return
  const below = Math.floor((side - 1) / 2) + 1
  report(
    path,
    `too large for the ${width} × ${height} torus: a vision of ${vision} spans ${span} cells ` +
      `(2 × floor(vision) + 1) but the world's shorter side is ${side}; use a vision below ${below} or a larger world`,
  )
}

/** The fields at the top of every scenario, followed by the kind's own sections. */
export function scenarioKind<K extends string, S extends Shape>(
  kind: K,
  label: string,
  description: string,
  sections: S,
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
        max: MAX_SEED,
        default: 1,
        label: 'Seed',
        description: 'Seed of every random stream; replicates of a batch vary it.',
      }),
      ticks: integer({
        min: 1,
        max: MAX_TICKS,
        label: 'Ticks',
        unit: 'ticks',
        description: 'The default length of a run.',
      }),
      ticksPerYear: number({
        min: 0,
        exclusiveMin: true,
        max: MAX_TICKS_PER_YEAR,
        default: 52,
        label: 'Ticks per year',
        unit: 'ticks per year',
        description: 'How many ticks make a year, for reading results in calendar time.',
      }),
      ...sections,
      presets: record(record(json(), { maxKeys: MAX_PRESET_CHANGES }), {
        maxKeys: MAX_PRESETS,
        default: {},
        label: 'Presets',
        description: 'Named sets of changes, each mapping a dotted path such as model.legitimacy to a value.',
      }),
    },
    { label, description },
  )
}

export type { ObjectSpec }
