// Issue 11, item 12: the headers docs/DEPLOY.md asks servers for are the ones the code sends and
// builds into dist/_headers, and the engine worker refuses code from strings even with no header.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { SERVED_HEADERS, staticHostHeaders } from '../../vite.config.ts'
import { ROOT } from '../cli/drawdown.ts'

describe('served headers (item 12)', () => {
  it('docs/DEPLOY.md shows the nginx and static-host configs the code defines', async () => {
    const page = await readFile(`${ROOT}docs/DEPLOY.md`, 'utf8')
    for (const [name, value] of Object.entries(SERVED_HEADERS))
      expect(page).toContain(`add_header ${name} "${value}" always;`)
    expect(page).toContain(staticHostHeaders())
  })

  it('the lockdown makes eval, Function and the other function constructors throw', async () => {
    const probe = `
      await import('./workers/lockdown.ts')
      const tries = {
        eval: () => eval('1 + 1'),
        globalEval: () => globalThis.eval('1 + 1'),
        Function: () => new Function('return 1')(),
        viaConstructor: () => (() => {}).constructor('return 1')(),
        async: () => (async () => {}).constructor('return 1'),
        generator: () => (function* () {}).constructor('yield 1'),
      }
      const out = {}
      for (const [name, attempt] of Object.entries(tries)) {
        try { attempt(); out[name] = 'ran' } catch (error) { out[name] = error.name }
      }
      console.log(JSON.stringify(out))`
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx/esm', '--input-type=module', '-e', probe], {
        cwd: ROOT,
      })
      let text = ''
      child.stdout.setEncoding('utf8').on('data', (chunk) => {
        text += chunk
      })
      child.on('error', reject)
      child.on('close', () => resolve(text))
    })
    expect(JSON.parse(stdout)).toEqual({
      eval: 'EvalError',
      globalEval: 'EvalError',
      Function: 'EvalError',
      viaConstructor: 'EvalError',
      async: 'EvalError',
      generator: 'EvalError',
    })
  })
})
