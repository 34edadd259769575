// Node side of the analysis: read runs.csv and manifest.json from a results folder, and write
// files atomically (a temporary file in the same folder, then a rename), so a reader never sees half.
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { type ManifestInfo, readManifest } from './manifest.ts'
import { parseRuns, type RunTable } from './runs-table.ts'

export class ResultsError extends Error {
  override readonly name = 'ResultsError'
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new ResultsError(`${path}: no such file (is this a folder written by drawdown batch?)`)
    throw new ResultsError(`${path}: cannot read: ${(error as Error).message}`)
  }
}

/** The runs and the manifest of a results folder; a ResultsError names the file and the problem. */
export async function readResults(dir: string): Promise<{ table: RunTable; manifest: ManifestInfo }> {
  const manifestPath = join(dir, 'manifest.json')
  const runsPath = join(dir, 'runs.csv')
  let manifest: ManifestInfo
  const manifestText = await readText(manifestPath)
  try {
    manifest = readManifest(JSON.parse(manifestText))
  } catch (error) {
    throw new ResultsError(`${manifestPath}: ${(error as Error).message.replace(/^manifest\.json: /, '')}`)
  }
  const runsText = await readText(runsPath)
  try {
    const table = parseRuns(runsText, manifest.factorNames)
    if (table.runs.length === 0) throw new Error('no finished runs to analyse')
    return { table, manifest }
  } catch (error) {
    throw new ResultsError(`${runsPath}: ${(error as Error).message}`)
  }
}

/** Writes `text` to `path` through a temporary file and a rename. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw new ResultsError(`${path}: cannot write: ${(error as Error).message}`)
  }
}
