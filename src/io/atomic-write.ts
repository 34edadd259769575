// Writing output files so that none is ever torn: each goes to a temporary file in its own folder
// and is renamed into place only once every file of the set is complete, so a failure (a full disk,
// a missing folder, kill -9) leaves the previous files as they were. Node only.
import { randomBytes } from 'node:crypto'
import { realpathSync } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/** An output file could not be written; `message` is one line naming the file and the reason. */
export class OutputFileError extends Error {
  override readonly name = 'OutputFileError'
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large',
  EIO: 'input/output error',
  EPIPE: 'the reading end of the pipe closed',
}

/** `no space left on the device (ENOSPC)`: the reason of a Node I/O error in words. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`
  return error instanceof Error ? error.message.split('\n')[0] : String(error)
}

/**
 * Where `file` really lives: symlinks in the file's own name and in its folders resolved, so two
 * names for one file compare equal. A file that does not exist yet is its real folder plus its name.
 */
export function realTarget(file: string): string {
  const absolute = resolve(file)
  try {
    return realpathSync(absolute)
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute))
    } catch {
      return absolute
    }
  }
}

/** The indexes of the first two names in `files` that are one file on disk, or undefined. */
export function sameFile(files: readonly string[]): [number, number] | undefined {
  const real = files.map(realTarget)
  for (let i = 0; i < files.length; i++) {
    const j = real.indexOf(real[i], i + 1)
    if (j >= 0) return [i, j]
  }
  return undefined
}

const temporaryName = (target: string) =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)

/** A rename cannot replace a folder: found before any file of the set is renamed, not halfway. */
async function refuseFolder(target: string): Promise<void> {
  const found = await stat(target).catch(() => undefined)
  if (found?.isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' })
}

async function writeComplete(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx', 0o666)
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes every `[file, text]` pair, all or none: the texts go to temporary files beside their
 * targets, and only when all are written and synced are they renamed over the targets. A symlink
 * target is written through (the link is kept). Throws OutputFileError, one line, on any failure.
 */
export async function writeFilesAtomically(files: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const written: Array<{ file: string; target: string; temporary: string }> = []
  const cleanUp = () => Promise.all(written.map(({ temporary }) => rm(temporary, { force: true })))
  for (const [file, text] of files) {
    const target = realTarget(file)
    const temporary = temporaryName(target)
    try {
      await refuseFolder(target)
      written.push({ file, target, temporary })
      await writeComplete(temporary, text)
    } catch (error) {
      await cleanUp()
      throw new OutputFileError(`cannot write ${file}: ${ioReason(error)}`)
    }
  }
  for (const [index, { file, target, temporary }] of written.entries()) {
    try {
      await rename(temporary, target)
    } catch (error) {
      await Promise.all(written.slice(index).map((entry) => rm(entry.temporary, { force: true })))
      throw new OutputFileError(`cannot write ${file}: ${ioReason(error)}`)
    }
  }
}
