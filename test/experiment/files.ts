// Reading a results directory back for comparisons.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every file of `dir` (hidden ones included) → its bytes as hex-free Buffer, manifest aside. */
export async function dataFiles(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {}
  for (const name of (await readdir(dir)).sort()) {
    if (name !== 'manifest.json') out[name] = await readFile(join(dir, name))
  }
  return out
}

/** The manifest without what may differ between sessions (times, workers, Node). */
export async function stableManifest(dir: string): Promise<unknown> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))
  const { sessions, ...rest } = manifest
  return { ...rest, sessions: sessions.length > 0 }
}
