// The `drawdown` command: dispatch to a command, map errors to exit codes. Commands load lazily,
// so --help and --version answer without loading the engine or mathjs.
import { readFile } from 'node:fs/promises'
import { EXIT_OK, explain, UsageError } from './exit.ts'
import { HELP, isCommand } from './help.ts'
import { processTerminal, type Terminal } from './terminal.ts'

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
  return manifest.version
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
    terminal.out(`${await version()}\n`)
    return EXIT_OK
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`)
  if (!isCommand(first))
    throw new UsageError(`unknown command ${JSON.stringify(first)}; commands: run, validate`)
  if (first === 'run') return (await import('./run.ts')).runCommand(rest, terminal)
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
