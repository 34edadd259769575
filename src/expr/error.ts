// The one error scenario expressions throw: what is wrong, where in the source, never a stack trace.

/** A rejected or failed scenario expression; `position` is a 0-based index into `source`. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError'
  readonly source: string
  readonly position: number
  /** The problem alone, without position, source or hint, e.g. `unknown name "tt"`. */
  readonly reason: string

  /** `hint` is appended after the source, e.g. ` (did you mean "t"?)`. */
  constructor(reason: string, source: string, position: number, hint = '') {
    super(`${reason} at position ${position} in ${JSON.stringify(source)}${hint}`)
    this.reason = reason
    this.source = source
    this.position = position
  }
}
