// Where a command writes: stdout for results, stderr for problems. A seam for tests and embedding.
// A failed write to stdout (a full disk behind `> file`, a closed pipe) becomes one line, exit 1.
import { ioReason } from '../io/atomic-write.ts'
import { InputError } from './exit.ts'

export interface Terminal {
  out(text: string): void
  err(text: string): void
  /** Whether stderr is a terminal (live progress) rather than a log or a pipe. */
  readonly errIsTTY?: boolean
  /** Resolves once everything written to `out` has gone; rejects with InputError if it could not. */
  flush?(): Promise<void>
}

let stdoutError: unknown
let listening = false

function listen(): void {
  if (listening) return
  listening = true
  // Without a listener, a failed write is an uncaught 'error' event: Node prints a stack trace.
  process.stdout.on('error', (error) => {
    stdoutError ??= error
  })
}

export const processTerminal: Terminal = {
  out: (text) => {
    listen()
    if (stdoutError !== undefined) return
    process.stdout.write(text, (error) => {
      if (error) stdoutError ??= error
    })
  },
  err: (text) => {
    process.stderr.write(text)
  },
  get errIsTTY() {
    return process.stderr.isTTY === true
  },
  flush: async () => {
    listen()
    if (stdoutError === undefined && !process.stdout.destroyed)
      await new Promise<void>((done) => process.stdout.write('', () => done()))
    if (stdoutError !== undefined)
      throw new InputError([`drawdown: cannot write to stdout: ${ioReason(stdoutError)}`], stdoutError)
  },
}
