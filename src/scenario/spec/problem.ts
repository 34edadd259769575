// Problems found in a scenario, how a JSON path is written, and the error that carries them.

/** One thing wrong with a scenario, at a JSON path such as `model.legitimacy[1][0]`. */
export interface Problem {
  path: string
  message: string
}

export type Segment = string | number
export type Path = readonly Segment[]

/** `model.legitimacy[1][0]`; the empty path is `(root)`. */
export function formatPath(path: Path): string {
  if (path.length === 0) return '(root)'
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    // An empty or blank key would vanish from the path: `[""]: unknown key` still says where.
    else if (segment.trim() === '') text += `[${JSON.stringify(segment)}]`
    else text += text === '' ? segment : `.${segment}`
  }
  return text
}

export const formatProblem = (problem: Problem): string => `${problem.path}: ${problem.message}`

/** Thrown when a scenario cannot be used; the message lists every problem, one per line. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError'
  readonly problems: Problem[]

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.problems = problems
  }
}
