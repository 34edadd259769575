// The editor's view of a schema: a draft-07 JSON Schema document, so VS Code validates and
// autocompletes scenario files.
import type { AnySpec, JsonSchema } from './types.ts'

export const JSON_SCHEMA_DRAFT_07 = 'http://json-schema.org/draft-07/schema#'

export interface SchemaHeader {
  $id?: string
  title?: string
  description?: string
}

export function toJsonSchema(spec: AnySpec, header: SchemaHeader = {}): JsonSchema {
  return { $schema: JSON_SCHEMA_DRAFT_07, ...header, ...spec.jsonSchema() }
}
