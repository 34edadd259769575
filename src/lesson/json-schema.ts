// The editor's JSON Schema for lesson files (scenarios/lessons/schema.json), generated from the
// lesson schema like scenarios/schema.json.
import { type JsonSchema, toJsonSchema } from '../scenario/spec/index.ts'
import { lessonSpec } from './schema.ts'

export const lessonJsonSchema = (): JsonSchema => toJsonSchema(lessonSpec)

/** The text of scenarios/lessons/schema.json exactly as `npm run schema` writes it. */
export const lessonJsonSchemaText = (): string => `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`
