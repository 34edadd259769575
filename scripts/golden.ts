// `npm run golden`: rewrites test/golden/*.json from short runs of the scenario library. Run it
// only when a change of the model's numbers is intended, and say so in the commit.
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { GOLDEN_DIR, goldenFile, goldenRecord, goldenText, libraryScenarios } from '../test/golden/record.ts'

const names = libraryScenarios()
for (const stale of readdirSync(GOLDEN_DIR).filter((file) => file.endsWith('.json'))) {
  if (!names.includes(stale.replace(/\.json$/, ''))) rmSync(`${GOLDEN_DIR}${stale}`)
}
for (const name of names) {
  writeFileSync(goldenFile(name), goldenText(goldenRecord(name)))
  console.log(`wrote test/golden/${name}.json`)
}
