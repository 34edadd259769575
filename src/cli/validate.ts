// `drawdown validate <file>...`: every problem of every file, one line each. Scenario files and
// experiment files are told apart by content; JSON Schema files (scenarios/schema.json) are skipped.
import { loadScenarioFile, ScenarioFileError } from '../io/node-files.ts'
import { isPlainObject } from '../scenario/spec/describe.ts'
import { formatProblem, type Problem } from '../scenario/spec/problem.ts'
import { parseCommandArgs } from './args.ts'
import { EXIT_FAILED, EXIT_OK, UsageError } from './exit.ts'
import { HELP } from './help.ts'
import type { Terminal } from './terminal.ts'

type Verdict =
  | { kind: 'ok'; note: string }
  | { kind: 'skipped'; note: string }
  | { kind: 'problems'; lines: string[] }

/** A JSON Schema document (it names a json-schema.org draft) rather than a scenario or experiment. */
const isJsonSchema = (raw: unknown) =>
  isPlainObject(raw) && typeof raw.$schema === 'string' && /^https?:\/\/json-schema\.org\//.test(raw.$schema)

async function verdictOf(file: string): Promise<Verdict> {
  // Loaded here, after the arguments are checked: validation pulls in mathjs.
  const { prepareScenario } = await import('../io/prepare.ts')
  const { isExperimentInput, validateExperiment } = await import('../experiment/index.ts')
  const { scenarioLoaderFor } = await import('../experiment/files-node.ts')
  const listed = (problems: Problem[]): Verdict => ({
    kind: 'problems',
    lines: problems.map((problem) => `${file}: ${formatProblem(problem)}`),
  })
  try {
    const raw = await loadScenarioFile(file)
    if (isJsonSchema(raw)) return { kind: 'skipped', note: 'a JSON Schema for editors, not a scenario' }
    if (isExperimentInput(raw)) {
      const result = validateExperiment(raw, scenarioLoaderFor(file))
      if (!result.ok) return listed(result.problems)
      const runs = result.experiment.runs.length
      return { kind: 'ok', note: ` (experiment: ${runs} run${runs === 1 ? '' : 's'})` }
    }
    const result = prepareScenario(raw)
    return result.ok ? { kind: 'ok', note: '' } : listed(result.problems)
  } catch (error) {
    if (error instanceof ScenarioFileError) return { kind: 'problems', lines: [error.message] }
    throw error
  }
}

export async function validateCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, {
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    terminal.out(HELP.validate)
    return EXIT_OK
  }
  if (positionals.length === 0) throw new UsageError('missing scenario file to validate')
  let code = EXIT_OK
  for (const file of positionals) {
    const verdict = await verdictOf(file)
    if (verdict.kind === 'ok') terminal.out(`ok: ${file}${verdict.note}\n`)
    else if (verdict.kind === 'skipped') terminal.out(`skipped: ${file} (${verdict.note})\n`)
    else {
      code = EXIT_FAILED
      terminal.err(verdict.lines.map((line) => `${line}\n`).join(''))
    }
  }
  return code
}
