// The peacekeeping and security-sector-reform model: districts, five kinds of agents, reform
// programmes, a drawdown strategy, shocks and the outcome thresholds. Docs: docs/ODD.md.
import {
  array,
  boolean,
  discriminatedUnion,
  enumOf,
  expression,
  integer,
  literal,
  number,
  object,
  optional,
  type Report,
  record,
  schedule,
  string,
  union,
} from '../spec/index.ts'
import {
  arrestConstant,
  districtWorld,
  maxJailTerm,
  movement,
  rules,
  scenarioKind,
  threshold,
  vision,
  visionFitsWorld,
} from './common.ts'
import { CONDITION_NAMES } from './ssr-observables.ts'

const PER_TICK = 'probability per tick'
const INDEX = 'index, 0 to 1'

const fraction = (
  label: string,
  description: string,
  defaultValue: number,
  unit = INDEX,
  startOnly = false,
) => number({ min: 0, max: 1, default: defaultValue, label, description, unit, startOnly })

const positive = (label: string, description: string, defaultValue: number, unit: string) =>
  number({ min: 0, default: defaultValue, label, description, unit })

const level = (label: string, description: string, defaultValue: number, unit = INDEX) =>
  schedule({ min: 0, max: 1, default: defaultValue, label, description, unit })

const scale = object(
  {
    peoplePerCitizen: positive(
      'People per citizen agent',
      'How many real people one citizen agent stands for.',
      1,
      'people per agent',
    ),
    personnelPerAgent: positive(
      'Personnel per force agent',
      'How many soldiers, police officers, peacekeepers or armed fighters one agent of those kinds stands for.',
      1,
      'people per agent',
    ),
  },
  { label: 'Scale', description: 'What one agent stands for, so that counts read as people.' },
)

const district = object(
  {
    name: string({
      nonEmpty: true,
      label: 'Name',
      description: 'The district, as the map and the event log name it.',
    }),
    hardshipLow: fraction('Hardship, lowest', "Lower end of the citizens' hardship in the district.", 0),
    hardshipHigh: fraction(
      'Hardship, highest',
      "Upper end of the citizens' hardship (uniform in between).",
      1,
    ),
    density: fraction(
      'Citizen density',
      'Share of the district’s cells holding a citizen.',
      0.7,
      'share of cells',
    ),
    spoilers: fraction(
      'Spoiler presence',
      'Share of the district’s cells holding an armed spoiler at the start.',
      0.005,
      'share of cells',
    ),
    spoilerInflow: number({
      min: 0,
      max: 1,
      default: 0,
      label: 'Spoiler inflow',
      unit: 'share of cells per year',
      description: 'Fighters arriving from outside each year (external backing, cross-border havens).',
    }),
  },
  {
    label: 'District',
    description: 'A region of the country with its own hardship, population and armed groups.',
  },
)

const citizens = object(
  {
    vision: vision(8),
    threshold: threshold(),
    arrestConstant: arrestConstant(),
    maxJailTerm: maxJailTerm(26),
    movement: movement(),
    legitimacyFromTrust: boolean({
      default: true,
      label: 'Legitimacy from trust',
      description:
        "Whether each citizen's legitimacy comes from its trust in police and military and from state delivery; " +
        'off, everyone perceives the fixed legitimacy below (Epstein Model I).',
    }),
    fixedLegitimacy: level(
      'Fixed legitimacy',
      'The legitimacy every citizen perceives when legitimacy does not come from trust.',
      0.8,
    ),
    baseLegitimacy: fraction(
      'Base legitimacy',
      'Legitimacy the settlement itself carries: perceived legitimacy = base + (1 − base) × the weighted ' +
        'trust in police and military and state delivery.',
      0.5,
    ),
    policeWeight: fraction(
      'Weight of police',
      'Share of perceived legitimacy that trust in the police makes up.',
      0.3,
    ),
    militaryWeight: fraction(
      'Weight of military',
      'Share of perceived legitimacy that trust in the military makes up.',
      0.2,
    ),
    deliveryWeight: fraction(
      'Weight of delivery',
      "Share of perceived legitimacy that the state's delivery (its political will) makes up.",
      0.5,
    ),
    riotRate: fraction(
      'Riots',
      'Chance per tick that an active citizen commits an act of violence (a riot, an attack on officials).',
      0.01,
      PER_TICK,
    ),
    csoShare: fraction(
      'CSO membership',
      'Share of citizens in a civil society organisation at the start.',
      0.1,
      'share of citizens',
      true,
    ),
    csoJoinRate: fraction(
      'CSO joining',
      'Chance per tick that a citizen joins a CSO, at full oversight support.',
      0.002,
      PER_TICK,
    ),
    csoLeaveRate: fraction(
      'CSO leaving',
      'Chance per tick that a member leaves its CSO, at full local insecurity.',
      0.02,
      PER_TICK,
    ),
  },
  { label: 'Citizens', description: 'Civil society: how citizens see, judge and act.' },
)

const trust = object(
  {
    initialPolice: fraction(
      'Initial trust in police',
      'Every citizen’s trust in the police at the start (and of newcomers by inflow or shocks).',
      0.35,
      INDEX,
      true,
    ),
    initialMilitary: fraction(
      'Initial trust in military',
      'Every citizen’s trust in the military at the start (and of newcomers by inflow or shocks).',
      0.3,
      INDEX,
      true,
    ),
    initialPeacekeepers: fraction(
      'Initial trust in peacekeepers',
      'Every citizen’s trust in the peacekeepers at the start (and of newcomers by inflow or shocks).',
      0.5,
      INDEX,
      true,
    ),
    rate: positive(
      'Trust rate',
      'Largest change of trust per tick on its way to its target.',
      0.01,
      'trust per tick',
    ),
    baseline: fraction(
      'Baseline trust',
      'The trust a force earns with no presence and no insecurity around.',
      0.3,
    ),
    presenceGain: fraction(
      'Protection gain',
      'Trust a force adds to its target where it is present, able and lawful (at saturation).',
      0.5,
    ),
    presenceSaturation: positive(
      'Presence saturation',
      'Agents of a force in vision at which its presence counts in full.',
      2,
      'agents',
    ),
    engageGain: fraction(
      'Engagement gain',
      'Trust in peacekeepers added to the target where they engage (posture engage, at saturation).',
      0.4,
    ),
    insecurityLoss: fraction(
      'Insecurity loss',
      'Trust removed from every target at full local insecurity.',
      0.5,
    ),
    abuseLoss: fraction(
      'Abuse loss',
      'Immediate loss of trust in a force for each abuse by it a citizen witnesses.',
      0.15,
    ),
    militaryAbuseWeight: positive(
      'Military abuse weight',
      'How much more a military abuse hurts trust than a police abuse.',
      1.5,
      'times',
    ),
    attackLoss: fraction(
      'Attack loss',
      'Loss of trust in police and military for each spoiler attack a citizen witnesses (they failed to protect).',
      0.03,
    ),
    sanctionRestore: fraction(
      'Sanction restores',
      'Share of an abuse’s trust loss that witnesses regain when the abuser is sanctioned.',
      0.5,
      'share',
    ),
  },
  {
    label: 'Trust',
    description: 'How citizens’ trust in each force moves: towards a target, at a bounded rate.',
  },
)

const forceShape = (
  who: string,
  defaults: { density: number; owned: number; assisted: number; integrity: number },
) => ({
  density: level(
    `${who} density`,
    `Share of cells holding ${who.toLowerCase()}; losses are replaced by recruits.`,
    defaults.density,
    'share of cells',
  ),
  capacityOwned: fraction(
    'Owned capacity',
    'Capacity the force holds on its own at the start.',
    defaults.owned,
    INDEX,
    true,
  ),
  capacityAssisted: fraction(
    'Assisted capacity',
    'Capacity that exists only with international support at the start.',
    defaults.assisted,
    INDEX,
    true,
  ),
  integrity: fraction(
    'Integrity',
    'Mean chance that an encounter is lawful, at the start.',
    defaults.integrity,
    INDEX,
    true,
  ),
  integritySpread: fraction(
    'Integrity spread',
    'Width of the uniform spread of integrity between officers.',
    0.3,
  ),
  recruitIntegrity: fraction(
    'Recruit integrity',
    'Mean integrity of new recruits (vetted recruits add the vetting gain).',
    defaults.integrity,
  ),
  recruitCapacity: fraction('Recruit capacity', 'Owned capacity of a new recruit.', 0.05),
  scouting: integer({
    min: 1,
    max: 32,
    default: 1,
    label: 'Scouting',
    unit: 'cells',
    description:
      'Empty cells in vision an officer compares before moving to the least secure one; 1 is a random move ' +
      '(Epstein).',
  }),
  redeployRate: fraction(
    'Redeployment',
    'Chance per tick that an officer is sent to the least secure of a few places anywhere in the country.',
    0,
    'probability per tick',
  ),
})

const police = object(
  {
    ...forceShape('Police', { density: 0.012, owned: 0.15, assisted: 0.1, integrity: 0.65 }),
    spoilerArrestRate: fraction(
      'Spoiler arrests',
      'Chance per tick that an officer arrests a spoiler in vision, at full capacity and with the district ' +
        'trusting the police fully (citizens tell where spoilers are): it scales with both.',
      0.05,
      PER_TICK,
    ),
    patrolEncounterRate: fraction(
      'Patrol encounters',
      'Chance per tick that an officer with no one to arrest stops a citizen in vision (a possible abuse).',
      0.05,
      PER_TICK,
    ),
  },
  { label: 'Police', description: 'National police: arrest actives and spoilers, deter attacks.' },
)

const military = object(
  {
    ...forceShape('Military', { density: 0.01, owned: 0.25, assisted: 0.1, integrity: 0.6 }),
    engageRate: fraction(
      'Engagement',
      'Chance per tick that a soldier engages a spoiler in vision, at full capacity and with the district ' +
        'trusting the military fully: it scales with both.',
      0.1,
      PER_TICK,
    ),
    killProbability: fraction(
      'Lethality of engagement',
      'Chance that an engagement kills the spoiler.',
      0.4,
      'probability',
    ),
    collateralRate: fraction(
      'Collateral harm',
      'Chance that an engagement harms a bystander, before integrity (an abuse when it happens).',
      0.3,
      'probability',
    ),
  },
  { label: 'Military', description: 'National armed forces: engage spoilers, deter attacks.' },
)

const posture = object(
  {
    protect: level(
      'Protect',
      'Weight of protection: moving towards violence, deterring and detaining spoilers.',
      0.4,
      'weight',
    ),
    mentor: level(
      'Mentor',
      'Weight of mentoring: staying with police and soldiers, raising their capacity.',
      0.4,
      'weight',
    ),
    engage: level(
      'Engage',
      'Weight of engagement with citizens, raising their trust in the mission.',
      0.2,
      'weight',
    ),
  },
  { label: 'Posture', description: 'How peacekeepers split their effort; the weights are normalised.' },
)

const peacekeepers = object(
  {
    density: fraction(
      'Mandated strength',
      'Share of cells holding a peacekeeper at full strength (fixed when the run is created).',
      0.006,
      'share of cells',
      true,
    ),
    capacity: fraction('Capacity', 'Effectiveness of a peacekeeper in deterring and detaining.', 0.8),
    deterrence: positive(
      'Deterrence weight',
      'How much one peacekeeper deters, relative to a police officer of full capacity.',
      1.5,
      'times',
    ),
    passiveDeterrence: fraction(
      'Passive deterrence',
      'Share of its deterrence a peacekeeper keeps when not on protection duty.',
      0.5,
      'share',
    ),
    detainRate: fraction(
      'Detentions',
      'Chance per tick that a peacekeeper detains a spoiler in vision, at full protect posture and with the ' +
        'district trusting the mission fully: it scales with both (and with the mission’s capacity).',
      0.05,
      PER_TICK,
    ),
    abuseRate: fraction(
      'Abuses',
      'Chance per tick that a peacekeeper commits an abuse (rare).',
      0.0005,
      PER_TICK,
    ),
    scouting: integer({
      min: 1,
      max: 32,
      default: 4,
      label: 'Scouting',
      unit: 'cells',
      description:
        'Empty cells in vision a peacekeeper compares when moving with a purpose (protect, mentor).',
    }),
    posture,
  },
  { label: 'Peacekeepers', description: 'The international mission: protect, mentor, engage.' },
)

const spoilers = object(
  {
    recruitRate: fraction(
      'Recruitment',
      'Chance per tick, for each active citizen in vision, that a spoiler approaches one (at most 1); the ' +
        'approached citizen joins with a chance of one minus its perceived legitimacy.',
      0.1,
      PER_TICK,
    ),
    vacuumBoost: positive(
      'Withdrawal boldness',
      'After a district loses its last peacekeeper, its spoilers attack this much more often, and dare this ' +
        'much more deterrence, for a while (0: no effect).',
      0,
      'times more',
    ),
    vacuumTicks: integer({
      min: 0,
      default: 26,
      label: 'Withdrawal boldness lasts',
      unit: 'ticks',
      description: 'How long spoilers stay emboldened after a district is handed over.',
    }),
    carryingDensity: fraction(
      'Carrying density',
      'Share of the cells in vision that armed groups can hold: recruitment fades as spoilers near it.',
      0.05,
      'share of cells',
    ),
    attackRate: fraction(
      'Attacks',
      'Chance per tick that a spoiler attacks where deterrence is absent.',
      0.05,
      PER_TICK,
    ),
    strength: positive(
      'Strength',
      'Deterrence one spoiler can overcome: an attack needs local deterrence below spoilers × strength.',
      2,
      'deterrence units',
    ),
    lethality: fraction('Lethality', 'Chance that an attack on civilians kills one.', 0.5, 'probability'),
    battleLethality: fraction(
      'Battle lethality',
      'Chance that an attack on a security agent in vision kills it (a battle death).',
      0.15,
      'probability',
    ),
    scouting: integer({
      min: 1,
      max: 32,
      default: 4,
      label: 'Scouting',
      unit: 'cells',
      description: 'Empty cells in vision a spoiler compares before moving to the least defended one.',
    }),
    desertion: fraction(
      'Desertion',
      'Chance per tick that a spoiler gives up the fight and goes home, without any programme.',
      0.005,
      PER_TICK,
    ),
    ddrRate: fraction(
      'Demobilisation',
      'Chance per tick, with DDR fully running, that a spoiler in a trusting district demobilises.',
      0.02,
      PER_TICK,
    ),
    ddrLegitimacy: fraction(
      'DDR legitimacy threshold',
      'Mean perceived legitimacy of the state in the district needed for demobilisation through DDR.',
      0.45,
    ),
    maxJailTerm: union([integer({ min: 1 }), literal('life')], {
      default: 52,
      label: 'Maximum term for spoilers',
      unit: 'ticks',
      description:
        'A captured spoiler serves a term drawn uniformly from 1 to this maximum; "life" holds them for good.',
    }),
  },
  {
    label: 'Spoilers',
    description: 'Armed groups outside the settlement: recruit, attack, can be disarmed.',
  },
)

const reform = object(
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

const programmes = object(
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

const insecurity = object(
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

const drawdown = object(
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

const shock = discriminatedUnion('kind', {
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

const outcomes = object(
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

type SsrShape = {
  world: { width: number; height: number; topology: string; districtColumns: number; districtRows: number }
  citizens: { vision: number }
  districts: Array<{ name: string; hardshipLow: number; hardshipHigh: number }>
  drawdown: { policy: string; phases: Array<{ when?: string }>; handoverOrder: string[] }
  shocks: Array<{ kind: string; district?: string }>
}

function checkSsr(scenario: SsrShape, report: Report): void {
  visionFitsWorld(scenario, scenario.citizens.vision, 'citizens.vision', report)
  const { districtColumns, districtRows, width, height } = scenario.world
  const expected = districtColumns * districtRows
  if (scenario.districts.length !== expected) {
    report(
      'districts',
      `must list ${expected} districts (${districtColumns} columns × ${districtRows} rows), got ${scenario.districts.length}`,
    )
  }
  if (districtColumns > width || districtRows > height) {
    report('world', `a ${width} × ${height} grid cannot hold ${districtColumns} × ${districtRows} districts`)
  }
  const names = scenario.districts.map((d) => d.name)
  scenario.districts.forEach((d, i) => {
    if (names.indexOf(d.name) !== i) report(`districts[${i}].name`, `"${d.name}" is used by another district`)
    if (d.hardshipLow > d.hardshipHigh) {
      report(
        `districts[${i}].hardshipHigh`,
        `must be at least hardshipLow (${d.hardshipLow}), got ${d.hardshipHigh}`,
      )
    }
  })
  const quoted = names.map((n) => `"${n}"`).join(', ')
  scenario.drawdown.handoverOrder.forEach((name, i) => {
    if (!names.includes(name))
      report(`drawdown.handoverOrder[${i}]`, `no district is called "${name}"; districts: ${quoted}`)
    else if (scenario.drawdown.handoverOrder.indexOf(name) !== i) {
      report(`drawdown.handoverOrder[${i}]`, `"${name}" is listed twice`)
    }
  })
  scenario.shocks.forEach((shock, i) => {
    if (shock.district !== undefined && !names.includes(shock.district)) {
      report(`shocks[${i}].district`, `no district is called "${shock.district}"; districts: ${quoted}`)
    }
  })
  if (scenario.drawdown.policy === 'conditions') {
    if (scenario.drawdown.phases.length === 0)
      report('drawdown.phases', 'the conditions policy needs at least one phase')
    scenario.drawdown.phases.forEach((p, i) => {
      if (p.when === undefined) report(`drawdown.phases[${i}].when`, 'required under the conditions policy')
    })
  }
}

export const ssr = scenarioKind(
  'ssr',
  'Peacekeeping and SSR scenario',
  'Peacekeepers, national police and military, civil society and spoilers; reform programmes and a drawdown strategy.',
  {
    scale,
    sources: record(string(), {
      default: {},
      label: 'Sources',
      description:
        'Where each figure comes from: a dotted path (e.g. drawdown.strength) mapped to its source.',
    }),
    world: districtWorld,
    rules,
    districts: array(district, {
      minItems: 1,
      label: 'Districts',
      description:
        'The districts, row by row. Their hardship, density and spoilers shape the country when the run is created.',
      startOnly: true,
    }),
    citizens,
    trust,
    police,
    military,
    peacekeepers,
    spoilers,
    reform,
    programmes,
    insecurity,
    drawdown,
    shocks: array(shock, { default: [], label: 'Shocks', description: 'Events that strike at given ticks.' }),
    outcomes,
  },
).refine(checkSsr)
