// No object of a running world is a V8 dictionary. The rules read `now`, the scenario and the
// state on every turn; an object filled by more than a dozen keyed stores becomes a dictionary in
// V8 and each of those reads a lookup through the runtime (the SSR model ran about a fifth slower
// that way). V8's own `%HasFastProperties` tells, so the walk runs in a child process with
// --allow-natives-syntax; it covers every library scenario, fresh and restored from a snapshot.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const walk = fileURLToPath(new URL('./fast-properties-walk.ts', import.meta.url))

it('keeps every object of a fresh or restored world in fast mode', () => {
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', walk], {
    encoding: 'utf8',
  })
  expect(child.stderr).toBe('')
  expect(child.status).toBe(0)
  const report: Record<string, string[]> = JSON.parse(child.stdout)
  expect(Object.keys(report)).toContain('baseline.json')
  expect(Object.keys(report)).toContain('epstein-civil-violence.json')
  for (const [file, dictionaries] of Object.entries(report)) expect([file, dictionaries]).toEqual([file, []])
})
