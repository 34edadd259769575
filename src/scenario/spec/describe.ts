// How values and expectations are written in messages: `got "seven"`, `got array`, `one of "a", "b"`.

const MAX_SHOWN = 60

/** A value as a message shows it after "got": numbers and strings literally, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'array'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value)
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return 'object'
    default:
      return typeof value
  }
}

/** `"a", "b", "c"` */
export const quoteList = (values: readonly unknown[]): string =>
  values.map((v) => JSON.stringify(v)).join(', ')

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** JSON Schema annotations from metadata: title, description (with the unit), default. */
export function annotations(
  meta: { label?: string; description?: string; unit?: string },
  hasDefault: boolean,
  defaultValue: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (meta.label) out.title = meta.label
  const description = [meta.description, meta.unit && `Unit: ${meta.unit}.`].filter(Boolean).join(' ')
  if (description) out.description = description
  if (hasDefault) out.default = defaultValue
  return out
}
