// Runs `drawdown` in this process through `main(argv, terminal)` with a terminal that records what
// the command writes: the fast way to test a command when the process boundary is not the point.
import { main } from '../../src/cli/main.ts'
import type { Terminal } from '../../src/cli/terminal.ts'
import { type CliResult, ROOT } from './drawdown.ts'

// A user's shell has no DRAWDOWN_DEBUG; the spawned helper clears it too.
process.env.DRAWDOWN_DEBUG = ''

/** A terminal that keeps stdout and stderr as strings. */
export function recordingTerminal(): Terminal & { stdout: string; stderr: string } {
  const terminal = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      terminal.stdout += text
    },
    err: (text: string) => {
      terminal.stderr += text
    },
  }
  return terminal
}

/**
 * `drawdown ...args` run in-process from the repository root, with the same result shape as the
 * spawned `drawdown()`. Relative paths resolve against the working directory, as for a user.
 */
export async function cli(args: readonly string[]): Promise<CliResult> {
  if (`${process.cwd()}/` !== ROOT) throw new Error(`run the CLI tests from ${ROOT}, not ${process.cwd()}`)
  const terminal = recordingTerminal()
  const code = await main(args, terminal)
  return { code, stdout: terminal.stdout, stderr: terminal.stderr }
}
