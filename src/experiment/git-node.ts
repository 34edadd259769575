// The git commit of a checkout, read from its .git files (no git binary needed): HEAD, a loose ref
// or packed-refs, through a worktree's gitdir/commondir. Undefined when it cannot be known.
import { readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

const read = (path: string) =>
  readFile(path, 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  )

async function gitDirOf(root: string): Promise<string | undefined> {
  const dotGit = join(root, '.git')
  const info = await stat(dotGit).catch(() => undefined)
  if (info?.isDirectory()) return dotGit
  const pointer = info?.isFile() ? await read(dotGit) : undefined
  const match = pointer && /^gitdir:\s*(.+)$/m.exec(pointer)
  return match ? resolve(root, match[1]) : undefined
}

async function refValue(gitDir: string, commonDir: string, ref: string): Promise<string | undefined> {
  for (const dir of [gitDir, commonDir]) {
    const loose = await read(join(dir, ref))
    if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose
  }
  const packed = (await read(join(commonDir, 'packed-refs'))) ?? ''
  for (const line of packed.split('\n')) {
    const [hash, name] = line.split(' ')
    if (name === ref && /^[0-9a-f]{40,64}$/.test(hash)) return hash
  }
  return undefined
}

/** The commit checked out in the repository at or above `start`, or undefined. */
export async function gitCommit(start: string): Promise<string | undefined> {
  for (let root = resolve(start); ; root = dirname(root)) {
    const gitDir = await gitDirOf(root)
    if (gitDir) {
      const common = await read(join(gitDir, 'commondir'))
      const commonDir = common ? resolve(gitDir, common) : gitDir
      const head = await read(join(gitDir, 'HEAD'))
      if (head === undefined) return undefined
      if (/^[0-9a-f]{40,64}$/.test(head)) return head
      const ref = /^ref:\s*(.+)$/.exec(head)?.[1]
      return ref ? refValue(gitDir, commonDir, ref) : undefined
    }
    if (dirname(root) === root) return undefined
  }
}
