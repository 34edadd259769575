// Vitest global setup: rebuilds the Node build (build/cli, what bin/drawdown.mjs runs) when a
// source file is newer than it, so tests that spawn the command test the code as it is now.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('../', import.meta.url))
const output = join(root, 'build/cli/main.js')

function newestIn(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestIn(join(path, name))))
}

export default async function setup(): Promise<void> {
  let built = 0
  try {
    built = statSync(output).mtimeMs
  } catch {}
  const sources = ['src', 'workers', 'vite.node.config.ts', 'package.json'].map((name) => join(root, name))
  if (built > Math.max(...sources.map(newestIn))) return
  await build({ configFile: join(root, 'vite.node.config.ts'), logLevel: 'error' })
}
