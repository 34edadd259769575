// Where a command writes: stdout for results, stderr for problems. A seam for tests and embedding.

export interface Terminal {
  out(text: string): void
  err(text: string): void
  /** Whether stderr is a terminal (live progress) rather than a log or a pipe. */
  readonly errIsTTY?: boolean
}

export const processTerminal: Terminal = {
  out: (text) => {
    process.stdout.write(text)
  },
  err: (text) => {
    process.stderr.write(text)
  },
  get errIsTTY() {
    return process.stderr.isTTY === true
  },
}
