// `npm run schema`: writes scenarios/schema.json, the editor's JSON Schema, from src/scenario/schema.ts.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { scenarioJsonSchemaText } from '../src/scenario/json-schema.ts'

const target = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url))
writeFileSync(target, scenarioJsonSchemaText())
console.log(`wrote ${target}`)
