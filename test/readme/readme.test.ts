// Every command in README.md's ```sh blocks, run as written with sh -e in a scratch copy of the
// repository (test/readme/workspace.ts: its SSR scenarios have small worlds, so the runs are quick).
// Each must exit 0 without a stack trace and write the files it names. Two commands cannot run
// inside the suite and are checked for what they rely on instead: `npm ci && npm start` (the start
// script builds and serves on the host and port the README gives; the e2e project serves that
// build) and `npm ci && npm test` (the script runs the type check, Biome and vitest, as the README
// says, and .ci/run runs the same command). Each ```ts example runs with tsx from the copy's root.
// A command or example added to the README is picked up here.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, STACK_TRACE } from '../cli/drawdown.ts'
import { filesWritten, readmeCommands, readmeExamples } from './commands.ts'
import { scratchCopy } from './workspace.ts'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts

interface Shell {
  code: number | null
  stdout: string
  stderr: string
}

function sh(command: string, cwd: string): Promise<Shell> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-ec', command], {
      cwd,
      env: {
        ...process.env,
        DRAWDOWN_DEBUG: '',
        // npx must find the checkout's own `drawdown`, never fetch a package of that name.
        npm_config_yes: 'false',
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
      },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Commands that cannot run inside the suite, and what is checked in their place. */
const STAND_INS: Record<string, () => void> = {
  'npm ci && npm start': () => {
    const url = /serves it on <(http:\/\/[\d.]+:\d+\/)>/.exec(readme)?.[1]
    expect(url, 'the README names the address npm start serves').toBeDefined()
    const { hostname, port } = new URL(url!)
    expect(scripts.start).toBe(`vite build && vite preview --port ${port} --strictPort --host ${hostname}`)
    const e2eSetup = readFileSync(join(ROOT, 'test/e2e/global-setup.ts'), 'utf8')
    expect(e2eSetup).toMatch(/await build\(/)
    expect(e2eSetup).toMatch(/await preview\(/)
  },
  'npm ci && npm test': () => {
    expect(scripts.test).toBe('npm run typecheck && npm run lint && vitest run')
    expect(scripts.typecheck).toBe('tsc --noEmit')
    expect(scripts.lint).toBe('biome check .')
    const ci = join(ROOT, '.ci/run')
    expect(statSync(ci).mode & 0o111, '.ci/run is executable').not.toBe(0)
    expect(readFileSync(ci, 'utf8')).toMatch(/^npm ci && npm test$/m)
  },
}

describe('README.md commands', () => {
  const commands = readmeCommands(readme)
  let workspace = ''
  beforeAll(() => {
    workspace = scratchCopy(ROOT)
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('finds the commands of every sh block and the TypeScript examples', () => {
    expect(readmeExamples(readme).length).toBeGreaterThan(0)
    expect(commands.length).toBeGreaterThan(7)
    expect(commands).toContain('npm ci && npm test')
    expect(commands.some((command) => command.includes('--events events.ndjson --summary'))).toBe(true)
  })

  for (const command of commands) {
    const standIn = STAND_INS[command]
    if (standIn) {
      it(`${command}: checked without running it`, standIn)
      continue
    }
    it.concurrent(`runs as written: ${command}`, { timeout: 240_000 }, async () => {
      expect(command, 'an npm command needs a stand-in check in this test').not.toMatch(/^npm /)
      const result = await sh(command, workspace)
      expect(
        { code: result.code, stderr: result.stderr.match(STACK_TRACE)?.[0] ?? '' },
        result.stderr,
      ).toEqual({
        code: 0,
        stderr: '',
      })
      for (const file of filesWritten(command)) {
        expect(existsSync(join(workspace, file)), `${command} writes ${file}`).toBe(true)
        if (!file.endsWith('events.ndjson'))
          expect(statSync(join(workspace, file)).size, file).toBeGreaterThan(0)
      }
    })
  }

  readmeExamples(readme).forEach((example, i) => {
    it.concurrent(`runs TypeScript example ${i + 1} as written`, { timeout: 240_000 }, async () => {
      const file = `readme-example-${i + 1}.ts`
      writeFileSync(join(workspace, file), example)
      const result = await sh(`node_modules/.bin/tsx ${file}`, workspace)
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
      expect(result.stdout).not.toBe('')
    })
  })
})
