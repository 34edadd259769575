// Where a command writes: stdout for results, stderr for problems. A seam for tests and embedding.

export interface Terminal {
  out(text: string): void
  err(text: string): void
}

export const processTerminal: Terminal = {
  out: (text) => {
    process.stdout.write(text)
  },
  err: (text) => {
    process.stderr.write(text)
  },
}
