// Share links: the URL's fragment carries everything needed to replay a run and show it the same
// way — scenario (library id, or the imported file compressed and base64url-encoded), preset,
// seed, overrides and every change made while it ran, the branch, the tick and the view.
import { changedEntries, type Overrides, type RunRecipe, type Segment } from './recipe.ts'

export type ViewMode = 'normal' | 'presenter'

export interface SharedScenario {
  /** A library scenario by id, or the text of an imported file. */
  id?: string
  text?: string
}

export interface ShareState {
  scenario: SharedScenario
  preset?: string
  seed: number
  tick: number
  view: ViewMode
  overlay: boolean
  a: RunRecipe
  /** Run B: its first segment's tick is the branch tick. */
  b?: RunRecipe
  ensemble?: { runs: number; ticks: number }
}

const bytesToBase64url = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

const base64urlToBytes = (text: string): Uint8Array => {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Text → deflate-raw → base64url. */
export async function packText(text: string): Promise<string> {
  return bytesToBase64url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')))
}

export async function unpackText(packed: string): Promise<string> {
  return new TextDecoder().decode(
    await pipe(base64urlToBytes(packed), new DecompressionStream('deflate-raw')),
  )
}

const entry = (path: string, value: unknown) => `${path}=${JSON.stringify(value)}`

function readEntry(text: string): [string, unknown] {
  const equals = text.indexOf('=')
  if (equals <= 0) throw new ShareLinkError(`"${text}" is not path=value`)
  const raw = text.slice(equals + 1)
  try {
    return [text.slice(0, equals), JSON.parse(raw)]
  } catch {
    throw new ShareLinkError(`the value of ${text.slice(0, equals)} is not JSON`)
  }
}

export class ShareLinkError extends Error {
  override readonly name = 'ShareLinkError'
}

/** The first segment in full under `first`, later ones as changes `tick:path=value` under `later`. */
function writeRecipe(params: URLSearchParams, recipe: RunRecipe, first: string, later: string): void {
  const [start, ...rest] = recipe.segments
  for (const [path, value] of Object.entries(start.overrides)) params.append(first, entry(path, value))
  let previous = start.overrides
  for (const segment of rest) {
    for (const [path, value] of changedEntries(previous, segment.overrides))
      params.append(later, `${segment.tick}:${entry(path, value)}`)
    previous = segment.overrides
  }
}

function readRecipe(params: URLSearchParams, startTick: number, first: string, later: string): RunRecipe {
  const start: Record<string, unknown> = {}
  for (const text of params.getAll(first)) {
    const [path, value] = readEntry(text)
    start[path] = value
  }
  const segments: Segment[] = [{ tick: startTick, overrides: start }]
  const changes = params.getAll(later).map((text) => {
    const colon = text.indexOf(':')
    const tick = Number(text.slice(0, colon))
    if (colon <= 0 || !Number.isSafeInteger(tick) || tick < startTick)
      throw new ShareLinkError(`"${text}" is not tick:path=value`)
    return { tick, change: readEntry(text.slice(colon + 1)) }
  })
  changes.sort((x, y) => x.tick - y.tick)
  for (const { tick, change } of changes) {
    const last = segments[segments.length - 1]
    const overrides: Overrides = { ...last.overrides, [change[0]]: change[1] }
    if (last.tick === tick && segments.length > 1) segments[segments.length - 1] = { tick, overrides }
    else segments.push({ tick, overrides })
  }
  return { segments }
}

/** The fragment (without `#`) of a share link. */
export async function encodeShare(state: ShareState): Promise<string> {
  const params = new URLSearchParams()
  if (state.scenario.id !== undefined) params.set('scenario', state.scenario.id)
  else params.set('data', await packText(state.scenario.text ?? ''))
  if (state.preset !== undefined) params.set('preset', state.preset)
  params.set('seed', String(state.seed))
  writeRecipe(params, state.a, 'set', 'at')
  if (state.b) {
    params.set('branch', String(state.b.segments[0].tick))
    writeRecipe(params, state.b, 'bset', 'b')
  }
  params.set('tick', String(state.tick))
  params.set('view', state.view)
  if (state.overlay) params.set('overlay', '1')
  if (state.ensemble) params.set('ensemble', `${state.ensemble.runs}x${state.ensemble.ticks}`)
  return params.toString()
}

const wholeNumber = (params: URLSearchParams, name: string, fallback: number): number => {
  const text = params.get(name)
  if (text === null) return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ShareLinkError(`${name} must be a whole number, got "${text}"`)
  return value
}

/** The state a fragment describes, or null when it has none; throws ShareLinkError when it is malformed. */
export async function decodeShare(fragment: string): Promise<ShareState | null> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''))
  const id = params.get('scenario')
  const data = params.get('data')
  if (id === null && data === null) return null
  let scenario: SharedScenario
  if (id !== null) scenario = { id }
  else {
    try {
      scenario = { text: await unpackText(data ?? '') }
    } catch {
      throw new ShareLinkError('the embedded scenario could not be unpacked')
    }
  }
  const view = params.get('view') === 'presenter' ? 'presenter' : 'normal'
  const state: ShareState = {
    scenario,
    seed: wholeNumber(params, 'seed', 1),
    tick: wholeNumber(params, 'tick', 0),
    view,
    overlay: params.get('overlay') === '1',
    a: readRecipe(params, 0, 'set', 'at'),
  }
  const preset = params.get('preset')
  if (preset !== null) state.preset = preset
  if (params.has('branch')) state.b = readRecipe(params, wholeNumber(params, 'branch', 0), 'bset', 'b')
  const ensemble = /^(\d+)x(\d+)$/.exec(params.get('ensemble') ?? '')
  if (ensemble) state.ensemble = { runs: Number(ensemble[1]), ticks: Number(ensemble[2]) }
  return state
}
