// A key that may be left out and then stays out of the output, e.g. "$schema".
import type { Spec } from './types.ts'

export function optional<T>(spec: Spec<T, boolean>): Spec<T, true> {
  return { ...spec, optional: true, hasDefault: false, defaultValue: undefined }
}
