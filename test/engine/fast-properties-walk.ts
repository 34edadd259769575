// Run by fast-properties.test.ts as `node --allow-natives-syntax --import tsx <this file>`: makes a
// simulation of every library scenario, steps it, captures and restores it, and prints, as JSON,
// the path of every object in the running world that V8 keeps as a dictionary (slow to read).
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MODELS } from '../../src/engine/models/index.ts'
import { parseScenario } from '../../src/scenario/validate.ts'

const library = fileURLToPath(new URL('../../scenarios/', import.meta.url))
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean

function dictionaries(root: unknown, name: string, depth: number): string[] {
  const found: string[] = []
  const seen = new Set<unknown>()
  const walk = (value: unknown, path: string, left: number) => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return
    seen.add(value)
    if (!Array.isArray(value) && !hasFastProperties(value)) found.push(path)
    if (left > 0) for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, left - 1)
  }
  walk(root, name, depth)
  return found
}

const report: Record<string, string[]> = {}
for (const file of readdirSync(library).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  const raw = JSON.parse(readFileSync(`${library}${file}`, 'utf8'))
  const scenario = parseScenario({ ...raw, world: { ...raw.world, width: 30, height: 30 } })
  const model = MODELS[scenario.kind]
  const running = model.create(scenario, 1)
  for (let t = 0; t < 3; t++) model.step(running)
  const restored = model.restore(scenario, 1, model.capture(running))
  report[file] = [...dictionaries(running, 'fresh', 4), ...dictionaries(restored, 'restored', 4)]
}
process.stdout.write(JSON.stringify(report))
