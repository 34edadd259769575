// Epstein's Model I: civil violence against a central authority.
import { object, schedule } from '../spec/index.ts'
import { civilViolenceRules } from './classic-rules.ts'
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
    citizenDensity: share(
      'Citizen density',
      'Share of cells holding a citizen at the start.',
      0.7,
      'share of cells',
      true,
    ),
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

export const civilViolence = scenarioKind(
  'civil-violence',
  'Civil violence scenario',
  'Epstein Model I: citizens rebel against a central authority whose cops arrest active rebels.',
  { world, rules: civilViolenceRules, model },
)
  .refine((scenario, report) => visionFitsWorld(scenario, scenario.model.vision, 'model.vision', report))
  .refine(({ model }, report) =>
    densitiesFit(
      [
        ['model.citizenDensity', model.citizenDensity],
        ['model.copDensity', schedulePeak(model.copDensity)],
      ],
      'model',
      report,
    ),
  )
