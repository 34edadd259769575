// The experiment library the view offers: every scenarios/experiments/*.json, with the scenario
// library beside it, bundled as text and keyed by their paths under scenarios/, so an experiment's
// `"scenario": "../baseline.json"` resolves exactly as it does for `drawdown batch`.

const experiments = import.meta.glob<string>(
  ['../../../scenarios/experiments/*.json', '!../../../scenarios/experiments/schema.json'],
  { query: '?raw', import: 'default', eager: true },
)
const scenarios = import.meta.glob<string>(['../../../scenarios/*.json', '!../../../scenarios/schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

const PREFIX = '../../../scenarios/'
const keyOf = (path: string) => path.slice(PREFIX.length)

export interface ExperimentEntry {
  /** The file name without `.json`. */
  id: string
  /** Its path among the library files, e.g. `experiments/smoke.json`. */
  path: string
}

/** The bundled experiments, sorted by id. */
export const EXPERIMENTS: readonly ExperimentEntry[] = Object.keys(experiments)
  .map((path) => ({ id: keyOf(path).slice('experiments/'.length, -'.json'.length), path: keyOf(path) }))
  .sort((a, b) => a.id.localeCompare(b.id))

/** Every library file by its path under scenarios/: the experiments and the scenarios they name. */
export function libraryFiles(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, text] of [...Object.entries(scenarios), ...Object.entries(experiments)])
    out[keyOf(path)] = text
  return out
}
