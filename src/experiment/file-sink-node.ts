// A ByteSink for Node that writes a temporary file beside the target and renames it into place
// on close, after an fsync: the target is either its old content or complete, never torn. Every
// I/O failure becomes a BatchIoError: one line naming the file and the reason.
import { type FileHandle, mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { ByteSink } from './byte-sink.ts'

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EIO: 'input/output error',
}

/** An I/O failure of the batch, worded for the user. */
export class BatchIoError extends Error {
  override readonly name = 'BatchIoError'
}

/** `cannot <action> <path>: <reason>` for a Node I/O error. */
export function ioError(action: string, path: string, error: unknown): BatchIoError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const reason = REASONS[code] ?? (error as Error).message
  return new BatchIoError(`cannot ${action} ${path}: ${reason}${code ? ` (${code})` : ''}`, { cause: error })
}

/** The temporary name a final file is written under: hidden, in the same folder (rename is atomic). */
export const partialPath = (path: string): string => join(dirname(path), `.${basename(path)}.partial`)

const CHUNK = 1 << 20

export class AtomicFileSink implements ByteSink {
  private handle: FileHandle | undefined
  private readonly pending: Uint8Array[] = []
  private pendingBytes = 0
  private readonly encoder = new TextEncoder()
  readonly temporary: string

  constructor(readonly path: string) {
    this.temporary = partialPath(path)
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    const bytes = typeof chunk === 'string' ? this.encoder.encode(chunk) : chunk
    this.pending.push(bytes)
    this.pendingBytes += bytes.length
    if (this.pendingBytes >= CHUNK) await this.flush()
  }

  async close(): Promise<void> {
    await this.flush()
    const handle = await this.opened()
    try {
      await handle.sync()
      await handle.close()
      this.handle = undefined
      await rename(this.temporary, this.path)
    } catch (error) {
      throw ioError('write', this.path, error)
    }
  }

  /** Stops without publishing: the temporary file is removed, the target is left as it was. */
  async discard(): Promise<void> {
    await this.handle?.close().catch(() => undefined)
    this.handle = undefined
    await rm(this.temporary, { force: true }).catch(() => undefined)
  }

  private async opened(): Promise<FileHandle> {
    if (this.handle) return this.handle
    try {
      this.handle = await open(this.temporary, 'w')
    } catch (error) {
      throw ioError('write', this.path, error)
    }
    return this.handle
  }

  private async flush(): Promise<void> {
    const handle = await this.opened()
    const chunks = this.pending.splice(0)
    this.pendingBytes = 0
    try {
      for (const chunk of chunks) {
        let written = 0
        while (written < chunk.length) {
          const { bytesWritten } = await handle.write(chunk, written, chunk.length - written)
          written += bytesWritten
        }
      }
    } catch (error) {
      throw ioError('write', this.path, error)
    }
  }
}

/** Writes `text` to `path` atomically (temporary file, fsync, rename). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const sink = new AtomicFileSink(path)
  try {
    await sink.write(text)
    await sink.close()
  } catch (error) {
    await sink.discard()
    throw error
  }
}

/**
 * `mkdir -p` one level at a time. (Node 20's recursive mkdir never returns for some paths, such
 * as one under /proc.) Throws the error of the level that could not be made.
 */
export async function makeDirectory(path: string): Promise<void> {
  const target = resolve(path)
  try {
    await mkdir(target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      if ((await stat(target)).isDirectory()) return
      throw error
    }
    if (code !== 'ENOENT' || dirname(target) === target) throw error
    await makeDirectory(dirname(target))
    await mkdir(target).catch((again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST') throw again
    })
  }
}
