// `drawdown run <scenario>`: preset, overrides, validation, a run, and its observables written
// as CSV, NDJSON or JSON. Nothing is written unless the whole run succeeds.
import { writeFile } from 'node:fs/promises'
import { EXIT_OK, InputError } from './exit.ts'
import { HELP } from './help.ts'
import { readRunOptions } from './run-options.ts'
import type { Terminal } from './terminal.ts'

export async function runCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const options = readRunOptions(argv)
  if (options === 'help') {
    terminal.out(HELP.run)
    return EXIT_OK
  }
  const { runScenario } = await import('./run-scenario.ts')
  const output = await runScenario(options)
  if (options.out === undefined) {
    terminal.out(output)
    return EXIT_OK
  }
  try {
    await writeFile(options.out, output)
  } catch (error) {
    throw new InputError([`drawdown run: cannot write ${options.out}: ${(error as Error).message}`])
  }
  return EXIT_OK
}
