// Best-effort source positions for problems found in a parsed expression: mathjs trees carry no
// positions, so we search the source text, ignoring anything inside string literals.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The source with the inside of every string literal blanked out, so searches skip them. */
function maskStrings(source: string): string {
  return source.replace(
    /(["'])(?:\\.|(?!\1)[^\\])*\1?/g,
    (literal) => literal[0] + ' '.repeat(literal.length - 1),
  )
}

function search(source: string, pattern: RegExp): number {
  const index = maskStrings(source).search(pattern)
  return Math.max(index, 0)
}

/** Where `name` (possibly dotted) first appears as a whole name; 0 if it cannot be found. */
export function findName(source: string, name: string): number {
  return search(source, new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`))
}

/** Where `name` is first called, as in `name(`; 0 if it cannot be found. */
export function findCall(source: string, name: string): number {
  return search(source, new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*\\(`))
}

/** Where `text` first appears outside a string literal; 0 if it cannot be found. */
export function findText(source: string, text: string): number {
  return search(source, new RegExp(escapeRegExp(text)))
}

/** Where the first `=` that is not part of `==`, `!=`, `<=` or `>=` appears. */
export function findAssignment(source: string): number {
  return search(source, /(?<![=<>!])=(?!=)/)
}

/** Where the first string literal starts. */
export function findString(source: string): number {
  const index = source.search(/["']/)
  return Math.max(index, 0)
}
