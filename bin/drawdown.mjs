#!/usr/bin/env node
// The `drawdown` command, run from source: tsx compiles the TypeScript on the fly, so
// `npx drawdown` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
