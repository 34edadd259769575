// A scratch copy of the repository for running README commands as a user would: every top-level
// entry is linked, except scenarios/, which is copied with the SSR scenarios' worlds made small
// (same districts and parameters) so that each run takes a second, not a minute.
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Cells across and down of the SSR scenarios in the copy. */
export const SMALL_WORLD = 32

const SKIP = new Set(['.git', 'scenarios', 'dist', 'coverage', 'test-results'])

function shrink(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) shrink(path)
    else if (entry.name.endsWith('.json') && entry.name !== 'schema.json') {
      const scenario = JSON.parse(readFileSync(path, 'utf8'))
      if (scenario.kind !== 'ssr' || scenario.world === undefined) continue
      scenario.world.width = SMALL_WORLD
      scenario.world.height = SMALL_WORLD
      writeFileSync(path, `${JSON.stringify(scenario, null, 2)}\n`)
    }
  }
}

/** A new scratch directory shaped like the repository at `root`. */
export function scratchCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'drawdown-readme-'))
  for (const name of readdirSync(root)) {
    if (!SKIP.has(name)) symlinkSync(join(root, name), join(dir, name))
  }
  cpSync(join(root, 'scenarios'), join(dir, 'scenarios'), { recursive: true })
  shrink(join(dir, 'scenarios'))
  return dir
}
