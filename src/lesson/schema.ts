// A guided lesson's file (scenarios/lessons/*.json), in the scenario schema's DSL: one source for
// the types, the path-precise checks and scenarios/lessons/schema.json. A lesson names a library
// scenario and preset, the controls students may use, and steps the class walks through.
import { array, type Infer, integer, json, object, optional, record, string } from '../scenario/spec/index.ts'

const text = (label: string, description: string) => string({ nonEmpty: true, label, description })

export const lessonStepSpec = object(
  {
    title: text('Title', 'A few words for the step, shown as its heading.'),
    text: text('Text', 'What to do and why, in plain words for undergraduates.'),
    question: text('Question', 'The question the class discusses at this step.'),
    lookFor: text('Look for', 'Where on the page the answer shows, and what it looks like.'),
    runTo: optional(
      integer({
        min: 0,
        label: 'Run to tick',
        unit: 'ticks',
        description: 'Plays (or replays) the run to this tick when the step opens.',
      }),
    ),
    branch: optional(
      record(json(), {
        label: 'Branch with',
        description:
          'Branches run B here with these settings (dotted parameter path → value) before running on.',
      }),
    ),
    shows: optional(
      array(string({ nonEmpty: true }), {
        default: [],
        label: 'Shows',
        description: 'Words that are on screen once the step has run (checked by the end-to-end tests).',
      }),
    ),
  },
  { label: 'Step', description: 'One step of the lesson.' },
)

export const lessonSpec = object(
  {
    $schema: optional(
      string({ label: 'Schema', description: 'The JSON Schema editors check this file against.' }),
    ),
    title: text('Title', 'The lesson’s question, e.g. “Why did Timor-Leste relapse?”.'),
    summary: text('Summary', 'One or two sentences for the lesson list and the first screen.'),
    scenario: text('Scenario', 'The library scenario the lesson runs, by id (its file name without .json).'),
    preset: optional(string({ nonEmpty: true, label: 'Preset', description: 'A preset of that scenario.' })),
    seed: optional(
      integer({ min: 0, label: 'Seed', description: 'The seed; the scenario’s own by default.' }),
    ),
    set: optional(
      record(json(), {
        label: 'Set',
        description: 'Dotted parameter path → value, applied at the start (e.g. a smaller world for class).',
      }),
    ),
    controls: array(string({ nonEmpty: true }), {
      default: [],
      label: 'Controls',
      description: 'Parameter paths open to students; the parameter panel shows only these.',
    }),
    steps: array(lessonStepSpec, { minItems: 1, label: 'Steps', description: 'The steps, in order.' }),
    instructorNote: text(
      'Instructor’s note',
      'For the instructor: what the lesson shows, what to expect, where it can mislead, and sources.',
    ),
  },
  { label: 'Lesson', description: 'A guided lesson: a scenario, the controls open to students, and steps.' },
)

export type Lesson = Infer<typeof lessonSpec>
export type LessonStep = Lesson['steps'][number]
