// Where JSON text first goes wrong, as line and column. Node 20's JSON.parse messages often give
// no position at all ("Unexpected token '}', ... is not valid JSON"), so this scanner finds it.

export interface JsonSyntaxProblem {
  /** 0-based index into the text. */
  offset: number
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units like an editor's column. */
  column: number
  message: string
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const MAX_DEPTH = 1000

function describeAt(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file'
  if (text.startsWith('//', at) || text.startsWith('/*', at)) return 'a comment (JSON has none)'
  return JSON.stringify(text[at])
}

class Scanner {
  at = 0
  constructor(readonly text: string) {}

  fail(message: string, at = this.at): never {
    throw new Failure(at, message)
  }

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`)
    this.space()
    const c = this.text[this.at]
    if (c === '{') this.object(depth)
    else if (c === '[') this.array(depth)
    else if (c === '"') this.string()
    else if (c === '-' || (c >= '0' && c <= '9')) this.number()
    else if (!this.word('true') && !this.word('false') && !this.word('null')) {
      const hint = c === "'" ? ' (strings take double quotes)' : ''
      this.fail(`expected a value, got ${describeAt(this.text, this.at)}${hint}`)
    }
  }

  word(literal: string): boolean {
    if (!this.text.startsWith(literal, this.at)) return false
    this.at += literal.length
    return true
  }

  object(depth: number): void {
    this.at++
    this.space()
    if (this.text[this.at] === '}') {
      this.at++
      return
    }
    for (;;) {
      this.space()
      if (this.text[this.at] !== '"') {
        const trailing = this.text[this.at] === '}' ? ' (JSON allows no comma before "}")' : ''
        this.fail(
          `expected a property name in double quotes, got ${describeAt(this.text, this.at)}${trailing}`,
        )
      }
      this.string()
      this.space()
      if (this.text[this.at] !== ':')
        this.fail(`expected ":" after a property name, got ${describeAt(this.text, this.at)}`)
      this.at++
      this.value(depth + 1)
      this.space()
      const c = this.text[this.at]
      this.at++
      if (c === '}') return
      if (c !== ',')
        this.fail(
          `expected "," or "}" after a property value, got ${describeAt(this.text, this.at - 1)}`,
          this.at - 1,
        )
    }
  }

  array(depth: number): void {
    this.at++
    this.space()
    if (this.text[this.at] === ']') {
      this.at++
      return
    }
    for (;;) {
      this.space()
      if (this.text[this.at] === ']') this.fail('expected a value, got "]" (JSON allows no comma before "]")')
      this.value(depth + 1)
      this.space()
      const c = this.text[this.at]
      this.at++
      if (c === ']') return
      if (c !== ',')
        this.fail(
          `expected "," or "]" after an array item, got ${describeAt(this.text, this.at - 1)}`,
          this.at - 1,
        )
    }
  }

  string(): void {
    const start = this.at
    this.at++
    for (;;) {
      if (this.at >= this.text.length) this.fail('string not closed before the end of the file', start)
      const c = this.text[this.at]
      if (c === '"') {
        this.at++
        return
      }
      if (c < ' ') this.fail(`control character ${JSON.stringify(c)} inside a string (escape it)`)
      if (c === '\\') {
        const next = this.text[this.at + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
            this.fail('"\\u" must be followed by four hex digits')
          }
          this.at += 6
          continue
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) this.fail(`invalid escape "\\${next ?? ''}"`)
        this.at += 2
        continue
      }
      this.at++
    }
  }

  number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.at, this.at + 400),
    )
    if (match === null || match[0] === '-') this.fail('invalid number')
    this.at += match[0].length
    const next = this.text[this.at]
    if (next !== undefined && /[0-9.eE]/.test(next)) this.fail('invalid number')
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text)
  try {
    scanner.space()
    if (scanner.at >= text.length) scanner.fail('the file is empty; expected a JSON object')
    scanner.value(0)
    scanner.space()
    if (scanner.at < text.length)
      scanner.fail(`unexpected ${describeAt(text, scanner.at)} after the end of the JSON value`)
    return undefined
  } catch (error) {
    if (!(error instanceof Failure)) throw error
    return { offset: error.offset, ...position(text, error.offset), message: error.message }
  }
}
