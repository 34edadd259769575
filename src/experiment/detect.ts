// Telling an experiment file from a scenario file by its content, for `drawdown validate`.
import { isPlainObject } from '../scenario/spec/describe.ts'

const EXPERIMENT_KEYS = ['design', 'factors', 'arms', 'replicates', 'record']

/**
 * An experiment has no `kind` and a top-level `scenario`, or one of its own keys, or a `$schema`
 * naming experiments/schema.json. A scenario always has a `kind`.
 */
export function isExperimentInput(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  if (typeof value.$schema === 'string' && /experiments?\/schema\.json$/.test(value.$schema)) return true
  if (typeof value.$schema === 'string' && value.$schema.endsWith('schema.json') && value.kind !== undefined)
    return false
  if (value.kind !== undefined && !('scenario' in value)) return false
  return 'scenario' in value || EXPERIMENT_KEYS.some((key) => key in value)
}

/** Whether a file name is a JSON Schema file that sits beside scenarios (scenarios/schema.json). */
export const isSchemaFileName = (file: string): boolean => /(^|[\\/])schema\.json$/.test(file)
