// The editor's JSON Schema for scenario files (scenarios/schema.json), generated from the schema.
// Preset entries are spelled out per kind, so editors complete their dotted paths and check values.
import { FILE_FIELDS, SCENARIO_KINDS, scenarioKinds, scenarioSpec } from './schema.ts'
import { type AnySpec, type JsonSchema, type ObjectSpec, type Shape, toJsonSchema } from './spec/index.ts'

/** Every dotted path a preset may set in this kind (objects and leaves), with its JSON Schema. */
function settablePaths(
  spec: AnySpec,
  prefix: string[],
  out: Record<string, JsonSchema>,
): Record<string, JsonSchema> {
  if (spec.type !== 'object') return out
  const { shape } = spec as ObjectSpec<Shape>
  for (const key of Object.keys(shape)) {
    if (prefix.length === 0 && FILE_FIELDS.has(key)) continue
    const path = [...prefix, key]
    out[path.join('.')] = shape[key].jsonSchema()
    settablePaths(shape[key], path, out)
  }
  return out
}

export function scenarioJsonSchema(): JsonSchema {
  const schema = toJsonSchema(scenarioSpec)
  const branches = schema.oneOf as Array<{ properties: Record<string, JsonSchema> }>
  SCENARIO_KINDS.forEach((kind, index) => {
    const presets = branches[index].properties.presets
    presets.additionalProperties = {
      type: 'object',
      description: 'Dotted path of a parameter → its value in this preset.',
      properties: settablePaths(scenarioKinds[kind], [], {}),
      additionalProperties: false,
    }
  })
  return schema
}

/** The text of scenarios/schema.json exactly as `npm run schema` writes it. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`
}
