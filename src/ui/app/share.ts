// Share links: the URL's fragment carries everything needed to replay a run and show it the same
// way — scenario (library id, or the imported file compressed and base64url-encoded), preset,
// seed, overrides and every change made while it ran, the branch, the tick, the view, the units
// and, when a lesson is open, the lesson and its step.
import type { UnitMode } from '../../io/units.ts'
import { MAX_SCENARIO_TEXT } from '../../scenario/limits.ts'
import { changedEntries, type RunRecipe, type Segment } from './recipe.ts'
import {
  changePart,
  checkChangeCount,
  ensemblePart,
  seedPart,
  splitFragment,
  stepPart,
  tickPart,
  unitsPart,
} from './share-parts.ts'

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
  /** Agents and ticks, or people and months; absent in links made before the page carried it. */
  units?: UnitMode
  /** The lesson open and its step, counted from 0 (the link counts from 1, as the panel does). */
  lesson?: { id: string; step: number }
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

/** A link with bad parts: `problems` names each one, in the order they appear. */
export class ShareLinkError extends Error {
  override readonly name = 'ShareLinkError'
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '))
  }
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
  if (state.units) params.set('units', state.units)
  if (state.ensemble) params.set('ensemble', `${state.ensemble.runs}x${state.ensemble.ticks}`)
  if (state.lesson) {
    params.set('lesson', state.lesson.id)
    params.set('step', String(state.lesson.step + 1))
  }
  return params.toString()
}

/** Sets `key` as a plain own key, so `__proto__` is kept for validation to refuse, never a prototype. */
const setKey = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

type Parts = Array<[string, string]>
const all = (parts: Parts, name: string) => parts.filter(([n]) => n === name).map(([, v]) => v)
const last = (parts: Parts, name: string) => all(parts, name).at(-1)

function readRecipe(
  parts: Parts,
  startTick: number,
  first: string,
  later: string,
  problems: string[],
): RunRecipe {
  const start: Record<string, unknown> = {}
  for (const text of all(parts, first)) {
    const change = changePart(first, text, problems)
    if (change) setKey(start, change[0], change[1])
  }
  const segments: Segment[] = [{ tick: startTick, overrides: start }]
  const changes: Array<{ tick: number; change: [string, unknown] }> = []
  for (const text of all(parts, later)) {
    const colon = text.indexOf(':')
    if (colon <= 0) {
      problems.push(`${later}: expected tick:path=value, got ${JSON.stringify(text.slice(0, 60))}`)
      continue
    }
    const tick = tickPart(`${later} tick`, text.slice(0, colon), problems)
    if (tick !== undefined && tick < startTick) {
      problems.push(`${later}: a change at tick ${tick} comes before its run starts at tick ${startTick}`)
      continue
    }
    const change = changePart(later, text.slice(colon + 1), problems)
    if (tick !== undefined && change) changes.push({ tick, change })
  }
  changes.sort((x, y) => x.tick - y.tick)
  for (const { tick, change } of changes) {
    const previous = segments[segments.length - 1]
    const overrides: Record<string, unknown> = {}
    for (const [path, value] of Object.entries(previous.overrides)) setKey(overrides, path, value)
    setKey(overrides, change[0], change[1])
    if (previous.tick === tick && segments.length > 1) segments[segments.length - 1] = { tick, overrides }
    else segments.push({ tick, overrides })
  }
  return { segments }
}

/**
 * The state a fragment describes, or null when it names no scenario. Every part is checked as a
 * file or `--set` would be; throws ShareLinkError naming every bad part when any is wrong.
 */
export async function decodeShare(fragment: string): Promise<ShareState | null> {
  const problems: string[] = []
  const parts = splitFragment(fragment, problems)
  const id = last(parts, 'scenario')
  const data = last(parts, 'data')
  if (id === undefined && data === undefined) {
    if (problems.length > 0) throw new ShareLinkError(problems)
    return null
  }
  let scenario: SharedScenario = {}
  if (id !== undefined) scenario = { id }
  else {
    try {
      const text = await unpackText(data ?? '')
      if (text.length > MAX_SCENARIO_TEXT)
        problems.push(`data: the embedded scenario is longer than ${MAX_SCENARIO_TEXT} characters`)
      else scenario = { text }
    } catch {
      problems.push('data: the embedded scenario could not be unpacked (the link may be cut short)')
    }
  }
  const changes = ['set', 'at', 'bset', 'b'].reduce((count, name) => count + all(parts, name).length, 0)
  if (!checkChangeCount(changes, problems)) throw new ShareLinkError(problems)
  const number = (name: string, read: (text: string) => number | undefined, fallback: number) => {
    const text = last(parts, name)
    return text === undefined ? fallback : (read(text) ?? fallback)
  }
  const view = last(parts, 'view') ?? 'normal'
  if (view !== 'normal' && view !== 'presenter')
    problems.push(`view: must be "normal" or "presenter", got ${JSON.stringify(view.slice(0, 60))}`)
  const overlay = last(parts, 'overlay') ?? '0'
  if (overlay !== '0' && overlay !== '1')
    problems.push(`overlay: must be 0 or 1, got ${JSON.stringify(overlay.slice(0, 60))}`)
  const state: ShareState = {
    scenario,
    seed: number('seed', (text) => seedPart(text, problems), 1),
    tick: number('tick', (text) => tickPart('tick', text, problems), 0),
    view: view === 'presenter' ? 'presenter' : 'normal',
    overlay: overlay === '1',
    a: readRecipe(parts, 0, 'set', 'at', problems),
  }
  const preset = last(parts, 'preset')
  if (preset !== undefined) state.preset = preset
  const branch = last(parts, 'branch')
  if (branch !== undefined) {
    const tick = tickPart('branch', branch, problems)
    if (tick !== undefined && tick > state.tick)
      problems.push(`branch: run B branches at tick ${tick}, after the link's tick ${state.tick}`)
    if (tick !== undefined) state.b = readRecipe(parts, tick, 'bset', 'b', problems)
  }
  const ensemble = last(parts, 'ensemble')
  if (ensemble !== undefined) {
    const read = ensemblePart(ensemble, problems)
    if (read) state.ensemble = read
  }
  const units = last(parts, 'units')
  if (units !== undefined) {
    const read = unitsPart(units, problems)
    if (read) state.units = read
  }
  const lesson = last(parts, 'lesson')
  const step = last(parts, 'step')
  const stepRead = step === undefined ? 1 : stepPart(step, lesson, problems)
  if (lesson !== undefined && stepRead !== undefined) state.lesson = { id: lesson, step: stepRead - 1 }
  if (problems.length > 0) throw new ShareLinkError(problems)
  return state
}
