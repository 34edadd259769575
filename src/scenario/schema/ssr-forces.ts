// The SSR schema's armed actors: national police and military, peacekeepers and their posture,
// and spoilers.

import { MAX_TICKS } from '../limits.ts'
import { enumOf, integer, literal, object, union } from '../spec/index.ts'
import { fraction, INDEX, level, PER_TICK, positive } from './ssr-fields.ts'

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
  defectionRate: fraction(
    'Defection',
    `Chance per tick that ${who === 'Police' ? 'an officer' : 'a soldier'} with no capacity of its own, in a district handed over ` +
      'by a mission that has since left the country, facing spoilers strong enough to attack, goes over to them; it falls in proportion as ' +
      'owned capacity nears reform.selfReliantCapacity. 0: forces never break.',
    0,
    PER_TICK,
  ),
  redeployRate: fraction(
    'Redeployment',
    'Chance per tick that an officer is sent to the least secure of a few places drawn at random (see Redeployment to for where).',
    0,
    'probability per tick',
  ),
  redeployPlaces: integer({
    min: 1,
    max: 32,
    default: 8,
    label: 'Redeployment places',
    unit: 'cells',
    description: 'Cells drawn at random for a redeployment; the officer goes to the least secure of them.',
  }),
  redeployTo: enumOf(['handed-over', 'anywhere'], {
    default: 'handed-over',
    label: 'Redeployment to',
    description:
      'Where the cells of a redeployment are drawn: handed-over only in districts the mission has handed ' +
      'over (the state fills the gap the mission leaves; no redeployment before the first handover), ' +
      'anywhere over the whole country.',
  }),
})

export const police = object(
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

export const military = object(
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

export const peacekeepers = object(
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

export const spoilers = object(
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
      'After a district loses its last peacekeeper, its spoilers attack this much more often, and ' +
        'dare this much more deterrence, for a while, when its police have no capacity; less as their capacity nears ' +
        'reform.selfReliantCapacity (0: no effect).',
      0,
      'times more',
    ),
    vacuumTicks: integer({
      min: 0,
      max: MAX_TICKS,
      default: 26,
      label: 'Withdrawal boldness lasts',
      unit: 'ticks',
      description: 'How long spoilers stay emboldened after a district is handed over.',
    }),
    returnBoost: positive(
      'Returning fighters',
      'Once the mission has left the country, a handed-over district receives this many times more of its ' +
        'spoiler inflow when its police own no capacity, less as their owned capacity nears ' +
        'reform.selfReliantCapacity, fading over spoilers.returnTicks after the exit (0: no effect).',
      0,
      'times more',
    ),
    returnTicks: integer({
      min: 1,
      max: MAX_TICKS,
      default: 78,
      label: 'Return lasts',
      unit: 'ticks',
      description: 'Ticks after the exit over which the return of fighters fades linearly to nothing.',
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
    maxJailTerm: union([integer({ min: 1, max: MAX_TICKS }), literal('life')], {
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
