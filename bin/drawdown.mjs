#!/usr/bin/env node
// The `drawdown` command: the built JavaScript in build/ (`npm ci` builds it through the
// `prepare` script; `npm run build:cli` rebuilds it). In a checkout without a build it runs the
// TypeScript source through tsx, a development dependency, if it is installed. Before the command
// runs, V8 is given a larger inlining budget for the engine's turns (src/cli/jit.ts).
import { existsSync } from 'node:fs'

const built = new URL('../build/cli/main.js', import.meta.url)

async function load() {
  if (existsSync(built) && process.env.DRAWDOWN_FROM_SOURCE !== '1') return import(built.href)
  try {
    const { register } = await import('tsx/esm/api')
    register()
  } catch {
    process.stderr.write('drawdown: not built yet; run `npm run build:cli` (or `npm ci`) first\n')
    process.exit(1)
  }
  return import('../src/cli/main.ts')
}

const { main, tuneJit } = await load()
tuneJit()
process.exitCode = await main(process.argv.slice(2))
