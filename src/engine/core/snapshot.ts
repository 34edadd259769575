// Deep copies of simulation state for snapshot/restore, and a hash of state for tests. State is a
// tree of plain objects, arrays, numbers, strings, booleans and typed arrays; typed arrays keep
// their element type, so a restored state is bit-identical.

export type TypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array

export type StateValue =
  | number
  | string
  | boolean
  | null
  | TypedArray
  | readonly StateValue[]
  | { readonly [key: string]: StateValue }

function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView)
}

/** A deep copy; typed arrays are copied into fresh buffers of the same type. */
export function copyState<T>(value: T): T {
  if (isTypedArray(value)) return value.slice() as T
  if (Array.isArray(value)) return value.map(copyState) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = copyState((value as Record<string, unknown>)[key])
    // Spread into a fresh object: filled by keyed stores, `out` would stay a dictionary in V8 (slow
    // to read on every turn) once it has more than a dozen keys, as a restored state has.
    return { ...out } as T
  }
  return value
}

/** FNV-1a over 32-bit words, run twice with different offsets for a 64-bit digest. */
class Digest {
  private low = 0x811c9dc5
  private high = 0x01000193 ^ 0x5bd1e995

  word(w: number): void {
    this.low = Math.imul(this.low ^ (w & 0xffff), 0x01000193)
    this.low = Math.imul(this.low ^ (w >>> 16), 0x01000193)
    this.high = Math.imul(this.high ^ (w >>> 16), 0x01000193)
    this.high = Math.imul(this.high ^ (w & 0xffff), 0x01000193)
  }

  text(s: string): void {
    this.word(s.length)
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i))
  }

  bytes(view: TypedArray): void {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
    this.word(bytes.length)
    let i = 0
    for (; i + 3 < bytes.length; i += 4) {
      this.word(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24))
    }
    for (; i < bytes.length; i++) this.word(bytes[i])
  }

  hex(): string {
    return (this.high >>> 0).toString(16).padStart(8, '0') + (this.low >>> 0).toString(16).padStart(8, '0')
  }
}

const numberBits = new Float64Array(1)
const numberWords = new Uint32Array(numberBits.buffer)

function feed(digest: Digest, value: unknown): void {
  if (isTypedArray(value)) {
    digest.text(value.constructor.name)
    digest.bytes(value)
  } else if (Array.isArray(value)) {
    digest.text('[')
    for (const item of value) feed(digest, item)
    digest.text(']')
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value).sort()) {
      digest.text(key)
      feed(digest, (value as Record<string, unknown>)[key])
    }
  } else if (typeof value === 'number') {
    numberBits[0] = value
    digest.word(numberWords[0])
    digest.word(numberWords[1])
  } else {
    digest.text(String(value))
  }
}

/** A 16-hex-digit digest of a state tree; equal states give equal hashes. */
export function hashState(value: unknown): string {
  const digest = new Digest()
  feed(digest, value)
  return digest.hex()
}
