// `npm run docs`: rewrites the generated tables of docs/ODD.md (parameters and observables) from
// the schema, the parameter sources and the observable registry. The prose around them is kept.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderGenerated } from '../src/docs/odd.ts'

const target = fileURLToPath(new URL('../docs/ODD.md', import.meta.url))
writeFileSync(target, renderGenerated(readFileSync(target, 'utf8')))
console.log('wrote docs/ODD.md')
