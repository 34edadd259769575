// The SSR schema's policy levers and judgement: reform conditions, programmes, the insecurity
// field, the drawdown strategy, shocks and the outcome thresholds.
import {
  array,
  discriminatedUnion,
  enumOf,
  expression,
  integer,
  literal,
  number,
  object,
  optional,
  string,
} from '../spec/index.ts'
import { fraction, level, PER_TICK, positive } from './ssr-fields.ts'
import { CONDITION_NAMES } from './ssr-observables.ts'

export const reform = object(
  {
    politicalWill: level(
      'Political will',
      'Host commitment to reform: turns assisted capacity into owned, curbs impunity, delivers services.',
      0.6,
    ),
    ownership: level(
      'Local ownership',
      'How far reform is locally owned: capacity grows slower but stays.',
      0.5,
    ),
    coordination: level(
      'Coordination',
      'How well international actors coordinate: fragmented donors waste mentoring and training effort.',
      0.6,
    ),
    justice: level(
      'Justice capacity',
      'Ability of courts and oversight bodies to sanction reported abuses.',
      0.4,
    ),
    mentorRate: positive(
      'Mentoring rate',
      'Assisted capacity a fully mentored officer gains per tick, before coordination and ownership.',
      0.02,
      'capacity per tick',
    ),
    ownershipGrowthCost: fraction(
      'Ownership slows growth',
      'How much full local ownership slows the growth of assisted capacity.',
      0.5,
      'share',
    ),
    conversionRate: positive(
      'Conversion rate',
      'Share of assisted capacity that becomes owned per tick, at full political will and ownership.',
      0.015,
      'share per tick',
    ),
    assistedDecay: positive(
      'Assisted decay',
      'Share of assisted capacity lost per tick with no peacekeeper in vision (dependence).',
      0.02,
      'share per tick',
    ),
    assistedDecayWithMission: fraction(
      'Decay while partnered',
      'Share of the assisted decay that applies to an officer with no peacekeeper in vision while the ' +
        'district still has peacekeepers (a mentor is never far); once it is handed over, the decay is in full.',
      1,
      'share',
    ),
    selfReliantCapacity: fraction(
      'Self-reliant capacity',
      'Capacity at which national forces stand on their own once the mission has gone: below it, a handed-over ' +
        'district emboldens its spoilers (spoilers.vacuumBoost) and officers may defect (defectionRate), both in ' +
        'proportion to the shortfall. 0: the whole boost and no defection whatever the capacity.',
      0,
    ),
    ownedDecay: positive(
      'Owned decay',
      'Share of owned capacity lost per tick at zero political will.',
      0.002,
      'share per tick',
    ),
    impunity: fraction(
      'Impunity',
      'Share of integrity lost in encounters when political will is zero (abuses go unpunished).',
      0.3,
      'share',
    ),
    sanctionWithoutSupport: fraction(
      'Sanctions without support',
      'Share of its sanctioning power the justice system keeps without oversight support.',
      0.5,
      'share',
    ),
    sanctionGain: fraction(
      'Sanction gain',
      'Share of the gap to full integrity a sanctioned officer closes.',
      0.3,
      'share',
    ),
  },
  {
    label: 'Reform',
    description: 'Capacity building and conduct: political will, ownership, coordination, justice.',
  },
)

export const programmes = object(
  {
    training: level(
      'Training',
      'Intensity of international training (raises assisted capacity).',
      0.5,
      'intensity',
    ),
    trainingRate: positive(
      'Training rate',
      'Assisted capacity an officer gains per tick from training at full intensity and coordination.',
      0.004,
      'capacity per tick',
    ),
    humanRights: level(
      'Human-rights training',
      'Intensity of human-rights training (raises integrity).',
      0.3,
      'intensity',
    ),
    humanRightsRate: positive(
      'Human-rights rate',
      'Share of the gap to full integrity closed per tick at full intensity.',
      0.003,
      'share per tick',
    ),
    vetting: level(
      'Vetting',
      'Intensity of vetting: removing officers below the vetting bar.',
      0,
      'intensity',
    ),
    vettingRate: fraction(
      'Vetting rate',
      'Chance per tick, at full intensity, that an officer below the bar is dismissed and replaced.',
      0.02,
      PER_TICK,
    ),
    vettingBar: fraction('Vetting bar', 'Integrity below which vetting removes an officer.', 0.5),
    vettingGain: fraction('Vetted recruits', 'Integrity added to recruits while vetting runs.', 0.15),
    oversight: level(
      'Oversight support',
      'Support to civil-society oversight: reporting, CSO growth, sanctions.',
      0.3,
      'intensity',
    ),
    ddr: level('DDR', 'Intensity of disarmament, demobilisation and reintegration.', 0.3, 'intensity'),
  },
  { label: 'Programmes', description: 'SSR programmes the mission and donors run.' },
)

export const insecurity = object(
  {
    persistence: fraction(
      'Persistence',
      'Share of the insecurity field kept from one tick to the next.',
      0.9,
      'share per tick',
    ),
    diffusion: fraction(
      'Spread',
      'Share of a cell’s insecurity passed to its four neighbours each tick.',
      0.2,
      'share per tick',
    ),
    perAttack: positive(
      'Mark of an attack',
      'Insecurity an attack adds to every cell in vision of it.',
      0.3,
      'insecurity',
    ),
    perAbuse: positive(
      'Mark of an abuse',
      'Insecurity an abuse adds to every cell in vision of it.',
      0.1,
      'insecurity',
    ),
    perRiot: positive(
      'Mark of a riot',
      'Insecurity a riot adds to every cell in vision of it.',
      0.05,
      'insecurity',
    ),
    hardshipEffect: fraction(
      'Hardship from insecurity',
      'Hardship added at full local insecurity.',
      0.3,
      'hardship',
    ),
  },
  { label: 'Insecurity', description: 'The decaying mark violence leaves around it, which spreads.' },
)

const phase = object(
  {
    name: string({
      nonEmpty: true,
      label: 'Name',
      description: 'The phase, as the charts and the event log name it.',
    }),
    strength: fraction(
      'Strength',
      'Peacekeeper strength in this phase, as a share of the mandated strength.',
      1,
      'share',
    ),
    when: optional(
      expression(CONDITION_NAMES, {
        label: 'Condition',
        description:
          'Under the conditions policy, the phase begins when this holds (checked every few ticks).',
      }),
    ),
    protect: optional(
      number({
        min: 0,
        max: 1,
        label: 'Protect',
        description: 'Posture weight of protection in this phase.',
        unit: 'weight',
      }),
    ),
    mentor: optional(
      number({
        min: 0,
        max: 1,
        label: 'Mentor',
        description: 'Posture weight of mentoring in this phase.',
        unit: 'weight',
      }),
    ),
    engage: optional(
      number({
        min: 0,
        max: 1,
        label: 'Engage',
        description: 'Posture weight of engagement in this phase.',
        unit: 'weight',
      }),
    ),
  },
  { label: 'Phase', description: 'A stage of the drawdown.' },
)

export const drawdown = object(
  {
    policy: enumOf(['none', 'schedule', 'conditions', 'abrupt'], {
      default: 'none',
      label: 'Drawdown policy',
      description:
        'none: the mission stays; schedule: strength follows the strength schedule; conditions: each phase begins ' +
        'when its condition holds; abrupt: full strength until the exit tick, then none.',
    }),
    strength: level(
      'Strength schedule',
      'Under the schedule policy, strength as a share of the mandated strength over time.',
      1,
      'share',
    ),
    exitTick: integer({
      min: 0,
      default: 520,
      label: 'Exit tick',
      unit: 'ticks',
      description: 'Under the abrupt policy, the tick the mission leaves.',
    }),
    phases: array(phase, {
      default: [],
      label: 'Phases',
      description:
        'Under the conditions policy, the stages after full strength, in order; the last should have strength 0.',
    }),
    checkEvery: integer({
      min: 1,
      default: 13,
      label: 'Check interval',
      unit: 'ticks',
      description: 'How often the next phase’s condition is checked.',
    }),
    minimumPhase: integer({
      min: 0,
      default: 26,
      label: 'Minimum phase length',
      unit: 'ticks',
      description: 'A phase lasts at least this long before the next may begin.',
    }),
    handoverOrder: array(string({ nonEmpty: true }), {
      default: [],
      label: 'Handover order',
      description: 'District names in the order they lose their peacekeepers; districts not listed go last.',
    }),
  },
  { label: 'Drawdown', description: 'How and when the peacekeepers leave, and which districts first.' },
)

export const shock = discriminatedUnion('kind', {
  'army-dismissal': object({
    kind: literal('army-dismissal'),
    tick: integer({ min: 0, label: 'Tick', unit: 'ticks', description: 'When it happens.' }),
    share: fraction('Share dismissed', 'Share of the army dismissed.', 0.3, 'share'),
    joinSpoilers: fraction(
      'Join spoilers',
      'Chance a dismissed soldier takes up arms against the state.',
      0.5,
      'probability',
    ),
  }),
  'election-crisis': object({
    kind: literal('election-crisis'),
    tick: integer({ min: 0, label: 'Tick', unit: 'ticks', description: 'When it happens.' }),
    hardship: fraction(
      'Hardship added',
      'Hardship added to every citizen while the crisis lasts.',
      0.2,
      'hardship',
    ),
    duration: integer({
      min: 1,
      default: 26,
      label: 'Duration',
      unit: 'ticks',
      description: 'How long the crisis lasts.',
    }),
  }),
  'spoiler-influx': object({
    kind: literal('spoiler-influx'),
    tick: integer({ min: 0, label: 'Tick', unit: 'ticks', description: 'When it happens.' }),
    district: string({ nonEmpty: true, label: 'District', description: 'Where the fighters arrive.' }),
    share: fraction(
      'Fighters',
      'Share of the district’s cells the arriving fighters fill.',
      0.01,
      'share of cells',
    ),
  }),
  'budget-cut': object({
    kind: literal('budget-cut'),
    tick: integer({ min: 0, label: 'Tick', unit: 'ticks', description: 'When it happens.' }),
    strengthCap: fraction(
      'Strength cap',
      'Peacekeeper strength allowed from then on, as a share of mandated strength.',
      0.5,
      'share',
    ),
  }),
})

export const outcomes = object(
  {
    relapseThreshold: positive(
      'Relapse threshold',
      'Rolling violence rate above which the country has relapsed; above half of it, the peace is fragile.',
      20,
      'events per 10,000 citizens per tick',
    ),
    windowTicks: integer({
      min: 1,
      default: 13,
      label: 'Rolling window',
      unit: 'ticks',
      description: 'Ticks the violence rate is averaged over (a quarter year at 52 ticks a year).',
      startOnly: true,
    }),
    horizonYears: positive('Horizon', 'Years after exit within which a relapse counts.', 5, 'years'),
  },
  { label: 'Outcomes', description: 'How a drawdown is judged.' },
)
