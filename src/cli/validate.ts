// `drawdown validate <file>...`: every problem of every file, one line each. A file named
// schema.json is the editors' JSON Schema, not a scenario: it is skipped, so `scenarios/*.json` works.
import { basename } from 'node:path'
import { loadScenarioFile, ScenarioFileError } from '../io/node-files.ts'
import { formatProblem } from '../scenario/spec/problem.ts'
import { parseCommandArgs } from './args.ts'
import { EXIT_FAILED, EXIT_OK, UsageError } from './exit.ts'
import { HELP } from './help.ts'
import type { Terminal } from './terminal.ts'

const SCHEMA_FILE = 'schema.json'

/** The problem lines for one file; empty when it is valid. */
async function problemsOf(file: string): Promise<string[]> {
  // Loaded here, after the arguments are checked: validation pulls in mathjs.
  const { prepareScenario } = await import('../io/prepare.ts')
  try {
    const result = prepareScenario(await loadScenarioFile(file))
    return result.ok ? [] : result.problems.map((problem) => `${file}: ${formatProblem(problem)}`)
  } catch (error) {
    if (error instanceof ScenarioFileError) return [error.message]
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
    if (basename(file) === SCHEMA_FILE) {
      terminal.out(`skipped: ${file} (the JSON Schema, not a scenario)\n`)
      continue
    }
    const lines = await problemsOf(file)
    if (lines.length === 0) terminal.out(`ok: ${file}\n`)
    else {
      code = EXIT_FAILED
      terminal.err(lines.map((line) => `${line}\n`).join(''))
    }
  }
  return code
}
