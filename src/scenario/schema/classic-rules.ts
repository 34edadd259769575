// Rule variants of Epstein's two models beyond the shared ones: where Mesa, NetLogo Rebellion and
// the independent replication ndouglas/SugarScape read the paper differently (docs/classic-models.md).
import { enumOf, object } from '../spec/index.ts'
import { rules } from './common.ts'

const modelOneVariants = {
  jailTerm: enumOf(['below-max', 'up-to-max', 'one-to-max'], {
    default: 'below-max',
    label: 'Jail term draw',
    description:
      'Whole jail terms drawn uniformly from 0 to Jmax − 1 (below-max, NetLogo random Jmax), 0 to Jmax ' +
      '(up-to-max, Mesa randint(0, Jmax)) or 1 to Jmax (one-to-max, the replication ndouglas/SugarScape).',
  }),
  release: enumOf(['at-term-end', 'turn-after'], {
    default: 'at-term-end',
    label: 'Release',
    description:
      'at-term-end: a jailed agent is free (and quiet) at the countdown that brings its term to 0. turn-after ' +
      '(Mesa): it stays jailed through that countdown and is freed at the next one, acting at once when that ' +
      'is its own turn; a term of 0 jails it until its next turn.',
  }),
  activeSelf: enumOf(['by-turn', 'once', 'twice'], {
    default: 'by-turn',
    label: 'Active counts itself',
    description:
      'How often an agent that is already active counts itself among the actives A it sees: once (Mesa, ' +
      "the replication), twice (NetLogo Rebellion's 1 + actives in radius, own patch included); by-turn: " +
      'once under the mesa turn, twice under the netlogo turn.',
  }),
  copOnArrest: enumOf(['by-turn', 'stays', 'steps-onto'], {
    default: 'by-turn',
    label: 'Cop on arrest',
    description:
      "Whether the arresting enforcer steps onto the arrested agent's cell when that agent leaves the grid: " +
      'steps-onto (NetLogo Rebellion), stays (Mesa, the replication); by-turn: steps onto it under the ' +
      'netlogo turn only.',
  }),
}

/** The rules of Model I: the shared variants, these, and how the start is drawn. */
export const civilViolenceRules = object(
  {
    ...rules.shape,
    ...modelOneVariants,
    placement: enumOf(['exact', 'per-cell'], {
      default: 'exact',
      label: 'Placement',
      startOnly: true,
      description:
        'exact: round(density × cells) citizens and cops on distinct random cells. per-cell (Mesa): each ' +
        'cell independently holds a citizen, a cop or nobody with the two densities, so the counts vary by ' +
        "seed; the cop density's schedule then scales the number of cops drawn at the start.",
    }),
  },
  { label: 'Rules', description: 'Implementation choices where published versions of Model I differ.' },
)

/** The rules of Model II: Model I's variants and those of the two-group demography. */
export const interGroupRules = object(
  {
    ...rules.shape,
    ...modelOneVariants,
    activesCounted: enumOf(['own-group', 'both-groups'], {
      default: 'own-group',
      label: 'Actives counted',
      description:
        'Whose actives an agent counts in A when it estimates its arrest probability: its own group only ' +
        '(own-group) or every active agent it sees (both-groups, the replication).',
    }),
    initialAge: enumOf(['random', 'zero'], {
      default: 'random',
      label: 'Initial age',
      startOnly: true,
      description:
        'Ages at the start: uniform part-way through each lifespan (random), or 0 for everyone (zero, the ' +
        'replication).',
    }),
    offspringRiskAversion: enumOf(['inherited', 'drawn'], {
      default: 'inherited',
      label: 'Offspring risk aversion',
      description:
        "An offspring copies its parent's risk aversion (inherited: a clone) or draws its own from U(0, 1) " +
        '(drawn, the replication); it always keeps the group and the hardship.',
    }),
    groups: enumOf(['exact-share', 'per-agent'], {
      default: 'exact-share',
      label: 'Group assignment',
      startOnly: true,
      description:
        'exact-share: round(blue share × agents) agents are blue. per-agent (the replication): each agent is ' +
        'blue with probability blue share, so the groups start unequal by chance.',
    }),
  },
  { label: 'Rules', description: 'Implementation choices where published versions of Model II differ.' },
)
