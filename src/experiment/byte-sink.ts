// Where a store's bytes go: text or binary chunks, in order. The CLI's sink is a temporary file
// renamed into place on close (file-sink-node.ts); the browser's collects chunks for a download.

export interface ByteSink {
  write(chunk: string | Uint8Array): void | Promise<void>
  /** All bytes written: make them final (the file appears only now). */
  close(): Promise<void>
}

/** A sink that keeps its chunks in memory, for tests, downloads and small batches. */
export class MemorySink implements ByteSink {
  readonly chunks: Uint8Array[] = []
  closed = false
  private readonly encoder = new TextEncoder()

  write(chunk: string | Uint8Array): void {
    this.chunks.push(typeof chunk === 'string' ? this.encoder.encode(chunk) : chunk.slice())
  }

  async close(): Promise<void> {
    this.closed = true
  }

  /** Every chunk joined. */
  bytes(): Uint8Array {
    const total = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    const out = new Uint8Array(total)
    let offset = 0
    for (const chunk of this.chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }

  text(): string {
    return new TextDecoder().decode(this.bytes())
  }
}
