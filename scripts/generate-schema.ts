// `npm run schema`: writes scenarios/schema.json, scenarios/experiments/schema.json and
// scenarios/lessons/schema.json, the editors' JSON Schemas, from the scenario, experiment and
// lesson schemas.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { experimentJsonSchemaText } from '../src/experiment/json-schema.ts'
import { lessonJsonSchemaText } from '../src/lesson/json-schema.ts'
import { scenarioJsonSchemaText } from '../src/scenario/json-schema.ts'

const targets: Array<[string, string]> = [
  ['../scenarios/schema.json', scenarioJsonSchemaText()],
  ['../scenarios/experiments/schema.json', experimentJsonSchemaText()],
  ['../scenarios/lessons/schema.json', lessonJsonSchemaText()],
]
for (const [relative, text] of targets) {
  const target = fileURLToPath(new URL(relative, import.meta.url))
  writeFileSync(target, text)
  console.log(`wrote ${target}`)
}
