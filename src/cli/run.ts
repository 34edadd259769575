// `drawdown run <scenario>`: preset, overrides, validation, a run, and its observables written
// as CSV, NDJSON or JSON; optionally its events (NDJSON) and its drawdown outcome (JSON). Without
// --out the outcome is also told on stderr. Nothing is written unless the whole run succeeds, and
// the output folders are checked before it starts.
import { writeFile } from 'node:fs/promises'
import { realTotal } from '../io/units.ts'
import { eventLines } from './event-log.ts'
import { EXIT_OK, InputError } from './exit.ts'
import { HELP } from './help.ts'
import { describeOutcome } from './outcome-text.ts'
import { checkOutputFolders } from './output-folders.ts'
import { type RunOptions, readRunOptions } from './run-options.ts'
import type { FinishedRun } from './run-scenario.ts'
import type { Terminal } from './terminal.ts'

async function write(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text)
  } catch (error) {
    throw new InputError([`drawdown run: cannot write ${file}: ${(error as Error).message}`])
  }
}

/** Every file the options ask for, with its text. */
function filesOf(options: RunOptions, { simulation, output }: FinishedRun): [string, string][] {
  const files: [string, string][] = []
  if (options.out !== undefined) files.push([options.out, output])
  if (options.events !== undefined) {
    const names = simulation.frame().districtNames
    files.push([options.events, eventLines(simulation.events(), names)])
  }
  if (options.summary !== undefined)
    files.push([options.summary, `${JSON.stringify(simulation.outcome(), null, 2)}\n`])
  return files
}

export async function runCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const options = readRunOptions(argv)
  if (options === 'help') {
    terminal.out(HELP.run)
    return EXIT_OK
  }
  const outputs = [options.out, options.events, options.summary].filter((file) => file !== undefined)
  await checkOutputFolders('run', outputs)
  const { runScenario } = await import('./run-scenario.ts')
  const run = await runScenario(options)
  for (const [file, text] of filesOf(options, run)) await write(file, text)
  const { simulation } = run
  const outcome = simulation.outcome()
  if (options.out === undefined) {
    terminal.out(run.output)
    // Observables on stdout are for a pipe or a redirect; the outcome is for the person watching.
    if (outcome) {
      const label = {
        file: options.file,
        preset: options.preset,
        seed: simulation.seed,
        ticks: simulation.tick,
        ticksPerYear: simulation.scenario.ticksPerYear,
        realCasualties:
          options.units === 'real'
            ? realTotal(simulation.scenario, simulation.observables(), 'casualties')
            : undefined,
      }
      terminal.err(describeOutcome(outcome, label))
    }
  }
  if (!outcome && options.summary !== undefined) {
    terminal.err(
      `drawdown run: no drawdown in this scenario kind (${simulation.scenario.kind}); ${options.summary} holds null\n`,
    )
  }
  return EXIT_OK
}
