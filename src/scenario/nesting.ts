// How deeply arrays and objects nest, measured without recursion, so that data nested 100 000 deep
// is refused with a path before anything recursive (validation, copying, postMessage) meets it.
import { MAX_NESTING } from './limits.ts'
import { formatPath, type Path, type Problem } from './spec/problem.ts'

interface Frame {
  value: unknown
  depth: number
  parent: Frame | undefined
  key: string | number | undefined
}

function pathOf(frame: Frame): Path {
  const path: (string | number)[] = []
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) path.unshift(at.key)
  return path
}

/**
 * The first place where `value` nests deeper than `max` levels of arrays and objects, as a problem
 * naming its path (relative to `base`), or undefined when it does not.
 */
export function nestingProblem(value: unknown, base: Path = [], max = MAX_NESTING): Problem | undefined {
  const stack: Frame[] = [{ value, depth: 0, parent: undefined, key: undefined }]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const { value: current, depth } = frame
    if (typeof current !== 'object' || current === null) continue
    if (depth >= max) {
      const message = `nested deeper than ${max} levels of arrays and objects`
      return { path: formatPath([...base, ...pathOf(frame)]), message }
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], depth: depth + 1, parent: frame, key: i })
    } else {
      for (const key of Object.keys(current))
        stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1, parent: frame, key })
    }
  }
  return undefined
}
