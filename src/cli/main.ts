// The `drawdown` command: dispatch to a command, map errors to exit codes. Commands load lazily,
// so --help and --version answer without loading the engine or mathjs.

import { readBatchOptions } from './batch-options.ts'
import { EXIT_OK, explain, UsageError } from './exit.ts'
import { COMMANDS, HELP, isCommand } from './help.ts'
import { packageVersion } from './package-info.ts'
import { processTerminal, type Terminal } from './terminal.ts'

export { tuneJit } from './jit.ts'

async function batchCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const options = readBatchOptions(argv)
  if (options === 'help') {
    terminal.out(HELP.batch)
    return EXIT_OK
  }
  return (await import('./batch.ts')).batch(options, terminal)
}

async function dispatch(argv: readonly string[], terminal: Terminal): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) throw new UsageError('missing command')
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] !== undefined && isCommand(rest[0]) ? rest[0] : 'main'
    terminal.out(HELP[topic])
    return EXIT_OK
  }
  if (first === '--version' || first === '-V') {
    terminal.out(`${packageVersion()}\n`)
    return EXIT_OK
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`)
  if (!isCommand(first))
    throw new UsageError(`unknown command ${JSON.stringify(first)}; commands: ${COMMANDS.join(', ')}`)
  if (first === 'run') return (await import('./run.ts')).runCommand(rest, terminal)
  if (first === 'batch') return batchCommand(rest, terminal)
  if (first === 'analyze') return (await import('./analyze.ts')).analyzeCommand(rest, terminal)
  if (first === 'merge') return (await import('./merge.ts')).mergeCommand(rest, terminal)
  if (first === 'slurm') return (await import('./slurm.ts')).slurmCommand(rest, terminal)
  return (await import('./validate.ts')).validateCommand(rest, terminal)
}

/** Runs `drawdown` with `argv` (the arguments after the program name); resolves to the exit code. */
export async function main(argv: readonly string[], terminal: Terminal = processTerminal): Promise<number> {
  const command = argv[0] !== undefined && isCommand(argv[0]) ? argv[0] : undefined
  try {
    const code = await dispatch(argv, terminal)
    await terminal.flush?.()
    return code
  } catch (error) {
    const { code, lines } = explain(error, command)
    terminal.err(lines.map((line) => `${line}\n`).join(''))
    return code
  }
}
