// Before a run starts, the folders of its output files must exist and be writable: a missing
// `runs/` should fail at once, not after the whole simulation has run.
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { InputError } from './exit.ts'

/** Why `folder` cannot take a new file, or undefined when it can. */
async function folderProblem(folder: string): Promise<string | undefined> {
  try {
    if (!(await stat(folder)).isDirectory()) return `${folder} is not a folder`
    await access(folder, constants.W_OK)
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return `no folder ${folder} (create it first)`
    if (code === 'EACCES') return `folder ${folder} is not writable`
    return (error as Error).message
  }
}

/** Throws an InputError naming each file whose folder is missing or read-only. */
export async function checkOutputFolders(command: string, files: readonly string[]): Promise<void> {
  const lines: string[] = []
  for (const file of files) {
    const problem = await folderProblem(dirname(file))
    if (problem !== undefined) lines.push(`drawdown ${command}: cannot write ${file}: ${problem}`)
  }
  if (lines.length > 0) throw new InputError(lines)
}
