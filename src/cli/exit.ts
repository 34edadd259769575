// Exit codes and the two ways a command fails on purpose: bad usage (2) and bad input or a failed
// run (1). Anything else is a bug, still reported as one line unless DRAWDOWN_DEBUG=1.

export const EXIT_OK = 0
/** Invalid input (scenario file, override, preset) or a run that stopped with an error. */
export const EXIT_FAILED = 1
/** Unknown command or option, missing argument, bad number. */
export const EXIT_USAGE = 2

/** The command line itself is wrong; `command` names the help page that explains it. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
  }
}

/** Invalid input or a failed run, already written as the lines the user should read. */
export class InputError extends Error {
  override readonly name = 'InputError'
  /** `cause`: the error behind the lines, whose stack DRAWDOWN_DEBUG=1 shows. */
  constructor(
    readonly lines: readonly string[],
    cause?: unknown,
  ) {
    super(lines.join('\n'), { cause })
  }
}

export interface Outcome {
  code: number
  lines: string[]
}

const debugging = () => process.env.DRAWDOWN_DEBUG === '1'

/** What to print on stderr for an error thrown by a command, and the exit code. */
export function explain(error: unknown, command?: string): Outcome {
  const origin = error instanceof InputError && error.cause instanceof Error ? error.cause : error
  const stack = debugging() && origin instanceof Error && origin.stack ? [origin.stack] : []
  if (error instanceof UsageError) {
    const name = error.command ?? command
    const help = name ? `drawdown ${name} --help` : 'drawdown --help'
    return {
      code: EXIT_USAGE,
      lines: [`drawdown${name ? ` ${name}` : ''}: ${error.message} (see ${help})`, ...stack],
    }
  }
  if (error instanceof InputError) return { code: EXIT_FAILED, lines: [...error.lines, ...stack] }
  const message = error instanceof Error ? error.message : String(error)
  const prefix = `drawdown${command ? ` ${command}` : ''}`
  return { code: EXIT_FAILED, lines: [`${prefix}: ${firstLine(message)}`, ...stack] }
}

const firstLine = (text: string) => text.split('\n')[0]
