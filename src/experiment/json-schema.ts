// The editor's JSON Schema for experiment files (scenarios/experiments/schema.json), generated from
// the experiment schema; an inline base scenario refers to the scenario schema beside it.
import { type JsonSchema, toJsonSchema } from '../scenario/spec/index.ts'
import { experimentSpec } from './schema.ts'

export function experimentJsonSchema(): JsonSchema {
  const schema = toJsonSchema(experimentSpec)
  const properties = schema.properties as Record<string, JsonSchema>
  const scenario = properties.scenario
  const [path] = scenario.anyOf as JsonSchema[]
  scenario.anyOf = [
    { ...path, description: 'Path of a scenario file, relative to this experiment file.' },
    { $ref: '../schema.json', description: 'A scenario written inline.' },
  ]
  return schema
}

/** The text of scenarios/experiments/schema.json exactly as `npm run schema` writes it. */
export function experimentJsonSchemaText(): string {
  return `${JSON.stringify(experimentJsonSchema(), null, 2)}\n`
}
