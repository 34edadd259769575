// Generators of hostile input for the fuzz suites: scenarios with one or more fields replaced by
// wrong types, out-of-range, NaN, Infinity or huge numbers, deep nesting, huge arrays and prototype
// keys; their text truncated or with bytes that are not UTF-8; --set entries; share-link fragments.
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { listParameters, SCENARIO_KINDS } from '../../src/scenario/schema.ts'

const ROOT = new URL('../../', import.meta.url)

/** Small valid scenarios, one per kind, that run in a few milliseconds. */
export const SMALL: Record<string, Record<string, unknown>> = {
  'civil-violence': {
    kind: 'civil-violence',
    name: 'fuzz',
    ticks: 5,
    world: { width: 12, height: 12 },
    model: { vision: 3 },
  },
  'inter-group': {
    kind: 'inter-group',
    name: 'fuzz',
    ticks: 5,
    world: { width: 12, height: 12 },
    model: { vision: 3 },
  },
  ssr: {
    kind: 'ssr',
    name: 'fuzz',
    ticks: 5,
    world: { width: 12, height: 12, districtColumns: 2 },
    citizens: { vision: 3 },
    districts: [{ name: 'North' }, { name: 'South', density: 0.5 }],
  },
}

/** The library scenarios, as their files hold them (their worlds are too big to run in a fuzz case). */
export const LIBRARY: Record<string, unknown>[] = readdirSync(new URL('scenarios/', ROOT))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => JSON.parse(readFileSync(new URL(`scenarios/${name}`, ROOT), 'utf8')))

const PATHS = [
  ...new Set([
    ...SCENARIO_KINDS.flatMap((kind) => listParameters(kind).map((parameter) => parameter.path)),
    'kind',
    'presets',
    'presets.p',
    'presets.p.model.legitimacy',
    'districts',
    'districts.0',
    'shocks',
    'world',
    'rules',
    'model',
    '__proto__',
    '__proto__.polluted',
    'constructor.prototype',
    'model.__proto__',
    'toString',
  ]),
]

export const path = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PATHS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('a', '', '__proto__', 'model', '0', ' '), { minLength: 1, maxLength: 4 })
      .map((s) => s.join('.')),
  },
)

/** `[[[…]]]` nested `depth` deep, built without recursion. */
export function nest(depth: number, leaf: unknown = 0.5): unknown {
  let value: unknown = leaf
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

const HUGE_NUMBERS = [
  1e12,
  1e20,
  1e308,
  -1e308,
  2 ** 53,
  2 ** 53 + 2,
  -1,
  -0,
  0,
  1,
  0.5,
  1.0000001,
  2 ** 31,
  2 ** 32,
]

const EXPRESSIONS = [
  '1 ? 2 : 3 ? 4 : 5 ? 6 : 7',
  '0.9 - 0.01*t',
  'max(0.2, 0.9 - 0.01*t)',
  '1/0',
  '0/0',
  't',
  'import("fs")',
  'constructor',
  '[1,2]',
  'x = 1',
  'f(x) = x',
  '"text"',
  'evaluate("1")',
  '2^1000',
  'sin(t) * 1e308 * 10',
  '('.repeat(500) + ')'.repeat(500),
]

/** `{"__proto__": …}` as JSON.parse builds it: an own key, not a prototype. */
const protoObject = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"__proto__": 0.5}'),
)

const small = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(...HUGE_NUMBERS, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...EXPRESSIONS, '', 'life', 'torus', 'abrupt', 'conditions', 'rounded'),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
)

/** One hostile value: a wrong type, a bad number, an odd string, deep nesting, a huge array, a prototype key. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: small },
  { weight: 2, arbitrary: fc.array(small, { maxLength: 5 }) },
  {
    weight: 2,
    arbitrary: fc.array(fc.tuple(fc.oneof(fc.nat(200), small), small), { minLength: 0, maxLength: 4 }),
  },
  { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), small, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 30, max: 100_000 }).map((depth) => nest(depth)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((length) => new Array(length).fill(0.5)),
  },
  { weight: 1, arbitrary: protoObject },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
)

/** Defines `value` at a dotted path of a copy of `base`, making plain objects on the way. */
export function withValue(base: unknown, dotted: string, value: unknown): unknown {
  if (typeof base !== 'object' || base === null) return base
  const define = (target: Record<string, unknown>, key: string, v: unknown) =>
    Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true })
  // Copies only the objects along the path: the rest is shared, and may be nested too deep to clone.
  const copy = (from: object): Record<string, unknown> => {
    if (Array.isArray(from)) return [...from] as unknown as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(from)) define(out, key, (from as Record<string, unknown>)[key])
    return out
  }
  const root = copy(base)
  const segments = dotted.split('.')
  let target = root
  for (const segment of segments.slice(0, -1)) {
    const next = Object.hasOwn(target, segment) ? target[segment] : undefined
    define(target, segment, typeof next === 'object' && next !== null ? copy(next) : {})
    target = target[segment] as Record<string, unknown>
  }
  define(target, segments[segments.length - 1], value)
  return root
}

const base = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.values(SMALL)) },
  { weight: 1, arbitrary: fc.constantFrom(...LIBRARY) },
)

/** A scenario object with one to three fields replaced, or now and then any JSON at all. */
export const hostileScenario: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(base, fc.array(fc.tuple(path, hostileValue), { minLength: 1, maxLength: 3 }))
      .map(([scenario, changes]) => changes.reduce<unknown>((raw, [p, v]) => withValue(raw, p, v), scenario)),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
  { weight: 1, arbitrary: base },
)

const encoder = new TextEncoder()

/** JSON.stringify that gives up on values it cannot write (a nesting too deep for it). */
function textOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null'
  } catch {
    return '[]'
  }
}

/** File bytes: a hostile scenario's JSON, truncated, with bytes that are not UTF-8, or deep text. */
export const hostileFile: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: hostileScenario.map((value) => encoder.encode(textOf(value))) },
  {
    weight: 3,
    arbitrary: fc.tuple(base, fc.double({ min: 0, max: 1, noNaN: true })).map(([value, cut]) => {
      const bytes = encoder.encode(JSON.stringify(value, null, 2))
      return bytes.subarray(0, Math.floor(cut * bytes.length))
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(base, fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 4 }))
      .map(([value, at, junk]) => {
        const bytes = encoder.encode(JSON.stringify(value))
        const index = Math.floor(at * bytes.length)
        const out = new Uint8Array(bytes.length + junk.length)
        out.set(bytes.subarray(0, index))
        out.set(
          junk.map((b) => b | 0x80),
          index,
        )
        out.set(bytes.subarray(index), index + junk.length)
        return out
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1000, max: 100_000 })
      .map((depth) => encoder.encode(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
)

/** A `--set` entry as typed: `path=value`, with the value as JSON, an expression, or junk. */
export const hostileOverride: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...PATHS), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([p, v]) => `${p}=${v}`),
  },
  { weight: 6, arbitrary: fc.tuple(path, hostileValue).map(([p, v]) => `${p}=${textOf(v)}`) },
  { weight: 2, arbitrary: fc.tuple(path, fc.constantFrom(...EXPRESSIONS)).map(([p, e]) => `${p}=${e}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=1',
      'model.vision',
      'model.vision=',
      '__proto__={"polluted":1}',
      '.=1',
      'a..b=2',
    ),
  },
)

const linkNumber = fc.oneof(
  fc.nat().map(String),
  fc.constantFrom('-1', '1.5', '1e400', 'abc', '', '9007199254740993', '1000000', '0x10', ' 7', '%ZZ'),
)

const part = fc.oneof(
  fc.constantFrom('scenario=baseline', 'scenario=epstein-civil-violence', 'scenario=nothing-here'),
  linkNumber.map((n) => `seed=${n}`),
  linkNumber.map((n) => `tick=${n}`),
  linkNumber.map((n) => `branch=${n}`),
  fc.tuple(linkNumber, linkNumber).map(([r, t]) => `ensemble=${r}x${t}`),
  hostileOverride.map((entry) => `set=${encodeURIComponent(entry)}`),
  hostileOverride.map((entry) => `bset=${encodeURIComponent(entry)}`),
  fc.tuple(linkNumber, hostileOverride).map(([t, entry]) => `at=${t}:${encodeURIComponent(entry)}`),
  fc.tuple(linkNumber, hostileOverride).map(([t, entry]) => `b=${t}:${encodeURIComponent(entry)}`),
  fc.constantFrom(
    'view=presenter',
    'view=x',
    'overlay=1',
    'overlay=yes',
    'data=',
    'data=AAAA',
    'data=%%',
    '%E0%A4%A',
    'colour=red',
    '__proto__=1',
    'preset=run-1',
  ),
  fc.string({ maxLength: 20 }),
)

/** A share link's fragment: a mix of good and bad parts. */
export const hostileFragment: fc.Arbitrary<string> = fc
  .array(part, { minLength: 0, maxLength: 8 })
  .map((parts) =>
    (parts.length > 0 && !parts.some((p) => p.startsWith('scenario=')) && parts.length % 2 === 0
      ? ['scenario=baseline', ...parts]
      : parts
    ).join('&'),
  )
