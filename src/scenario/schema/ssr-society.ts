// The SSR schema's country and people: scale, districts, citizens and their trust in each force.
import { boolean, number, object, string } from '../spec/index.ts'
import { arrestConstant, maxJailTerm, movement, threshold, vision } from './common.ts'
import { fraction, INDEX, level, PER_TICK, positive } from './ssr-fields.ts'

export const scale = object(
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

export const district = object(
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

export const citizens = object(
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

export const trust = object(
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
