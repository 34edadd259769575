// Epstein's Model II: inter-group violence between two groups, with peacekeepers.

import { MAX_TICKS } from '../limits.ts'
import { integer, number, object, schedule } from '../spec/index.ts'
import { interGroupRules } from './classic-rules.ts'
import {
  arrestConstant,
  enforcerDensity,
  maxJailTerm,
  movement,
  scenarioKind,
  share,
  threshold,
  vision,
  visionFitsWorld,
  world,
} from './common.ts'
import { densitiesFit, schedulePeak } from './densities.ts'

const model = object(
  {
    agentDensity: share(
      'Agent density',
      'Share of cells holding an agent of either group at the start.',
      0.7,
      'share of cells',
      true,
    ),
    blueShare: share(
      'Blue share',
      'Share of agents in the blue group; the rest are green.',
      0.5,
      'share of agents',
      true,
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
      max: MAX_TICKS,
      default: 200,
      label: 'Maximum age',
      unit: 'ticks',
      description: 'Each agent dies at an age drawn uniformly from 1 to this maximum.',
    }),
  },
  { label: 'Model', description: 'Epstein Model II: inter-group violence between two groups.' },
)

export const interGroup = scenarioKind(
  'inter-group',
  'Inter-group scenario',
  'Epstein Model II: two groups, and peacekeepers who arrest agents killing members of the other group.',
  { world, rules: interGroupRules, model },
)
  .refine((scenario, report) => visionFitsWorld(scenario, scenario.model.vision, 'model.vision', report))
  .refine(({ model }, report) =>
    densitiesFit(
      [
        ['model.agentDensity', model.agentDensity],
        ['model.peacekeeperDensity', schedulePeak(model.peacekeeperDensity)],
      ],
      'model',
      report,
    ),
  )
