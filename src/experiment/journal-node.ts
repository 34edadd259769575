// The batch journal on disk (format in journal-codec.ts): opened fresh or resumed. Resuming reads
// it one frame at a time (memory stays flat), stops at the first torn or damaged frame and cuts
// the file there. Appends go to the end; an fsync at most every second (and on close) bounds what
// a power loss can take back: those runs simply run again on resume.
import { type FileHandle, open } from 'node:fs/promises'
import { ioError } from './file-sink-node.ts'
import {
  asHeader,
  decodeRecord,
  encodeHeader,
  encodeRecord,
  type JournalHeader,
  readFrame,
} from './journal-codec.ts'
import type { RunRecord } from './run-result.ts'

const HEAD = 12
const SYNC_EVERY_MS = 1000

/** A journal that belongs to another batch (different experiment or size). */
export class JournalMismatchError extends Error {
  override readonly name = 'JournalMismatchError'
}

interface Entry {
  offset: number
  length: number
}

export class Journal {
  private lastSync = Date.now()
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    private end: number,
    /** run_id → where its record is, for runs settled before this session. */
    readonly index: ReadonlyMap<number, Entry>,
    /** Bytes of a torn or damaged tail that were cut off when the journal was opened. */
    readonly discardedBytes: number,
  ) {}

  /** Creates a journal holding only `header` (an existing file is replaced). */
  static async create(path: string, header: JournalHeader): Promise<Journal> {
    let handle: FileHandle
    try {
      handle = await open(path, 'w')
      const bytes = encodeHeader(header)
      await handle.write(bytes, 0, bytes.length, 0)
      await handle.sync()
      return new Journal(handle, path, bytes.length, new Map(), 0)
    } catch (error) {
      throw ioError('write', path, error)
    }
  }

  /** Opens an existing journal of the batch `header` describes; throws JournalMismatchError otherwise. */
  static async resume(path: string, header: JournalHeader): Promise<Journal> {
    let handle: FileHandle
    try {
      handle = await open(path, 'r+')
    } catch (error) {
      throw ioError('read', path, error)
    }
    try {
      const size = (await handle.stat()).size
      const first = await frameAt(handle, 0, size)
      const found = first ? asHeader(first.json) : undefined
      if (found === undefined) {
        // Not even the header survived: the batch had not started any run.
        await handle.close()
        return Journal.create(path, header)
      }
      if (found.experimentHash !== header.experimentHash || found.runs !== header.runs) {
        throw new JournalMismatchError(
          `${path} belongs to another experiment (hash ${found.experimentHash.slice(0, 12)}…, ${found.runs} runs)`,
        )
      }
      const index = new Map<number, Entry>()
      let offset = first?.length ?? 0
      for (
        let frame = await frameAt(handle, offset, size);
        frame;
        frame = await frameAt(handle, offset, size)
      ) {
        const runId = (frame.json as { runId?: unknown }).runId
        if (typeof runId === 'number' && !index.has(runId) && runId < header.runs)
          index.set(runId, { offset, length: frame.length })
        offset += frame.length
      }
      if (offset < size) await handle.truncate(offset)
      return new Journal(handle, path, offset, index, size - offset)
    } catch (error) {
      if (error instanceof JournalMismatchError) {
        await handle.close()
        throw error
      }
      throw ioError('read', path, error)
    }
  }

  /** The record of a run settled before this session. */
  async read(runId: number): Promise<RunRecord> {
    const entry = this.index.get(runId)
    if (entry === undefined) throw new Error(`run ${runId} is not in the journal`)
    const bytes = new Uint8Array(entry.length)
    try {
      await this.handle.read(bytes, 0, entry.length, entry.offset)
    } catch (error) {
      throw ioError('read', this.path, error)
    }
    return decodeRecord(bytes)
  }

  async append(record: RunRecord): Promise<void> {
    const bytes = encodeRecord(record)
    try {
      let written = 0
      while (written < bytes.length) {
        const { bytesWritten } = await this.handle.write(
          bytes,
          written,
          bytes.length - written,
          this.end + written,
        )
        written += bytesWritten
      }
      this.end += bytes.length
      if (Date.now() - this.lastSync >= SYNC_EVERY_MS) {
        await this.handle.datasync()
        this.lastSync = Date.now()
      }
    } catch (error) {
      throw ioError('write', this.path, error)
    }
  }

  async close(): Promise<void> {
    try {
      await this.handle.datasync()
    } finally {
      await this.handle.close()
    }
  }
}

/** The checked frame at `offset`, or undefined if it is torn or damaged. */
async function frameAt(handle: FileHandle, offset: number, size: number) {
  if (offset + HEAD > size) return undefined
  const head = new Uint8Array(HEAD)
  await handle.read(head, 0, HEAD, offset)
  const length = new DataView(head.buffer).getUint32(4, true)
  if (offset + HEAD + length > size) return undefined
  const bytes = new Uint8Array(HEAD + length)
  await handle.read(bytes, 0, bytes.length, offset)
  const frame = readFrame(bytes, 0)
  return frame && { ...frame, offset }
}
