// The batch journal's bytes: an append-only sequence of framed records, one per settled run after a
// header, so an interrupted batch can resume. Frame: "DDJ1", payload length (u32 LE), CRC-32 of the
// payload (u32 LE), payload. Payload: JSON length (u32 LE), JSON, zero padding to 8 bytes, then the
// float64 columns (little-endian): recorded ticks, each observable, final values. A frame cut short
// or with a wrong checksum ends the journal: it and anything after it are discarded.
import { crc32 } from './crc32.ts'
import type { RunRecord, RunResult } from './run-result.ts'

const MAGIC = 0x314a4444 // "DDJ1" read as u32 LE
const FRAME_HEAD = 12
export const JOURNAL_FORMAT = 'drawdown-lab/journal@1'

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  throw new Error('the batch journal needs a little-endian machine')
}

/** The first record: which batch this journal belongs to. */
export interface JournalHeader {
  format: typeof JOURNAL_FORMAT
  /** The experiment's hash; resuming under another hash is refused. */
  experimentHash: string
  runs: number
}

interface RunMeta {
  runId: number
  ok: boolean
  seed?: number
  message?: string
  ticks?: number
  outcome?: RunResult['outcome']
  names?: string[]
  rows?: number
}

// JSON loses NaN, ±Infinity and -0; the outcome's numbers must come back exactly, so those travel tagged.
const exactNumbers = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))
    ? { $number: Object.is(value, -0) ? '-0' : String(value) }
    : value

const exactNumbersBack = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && typeof (value as { $number?: unknown }).$number === 'string'
    ? Number((value as { $number: string }).$number)
    : value

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

function frame(json: unknown, arrays: readonly Float64Array[] = []): Uint8Array {
  const text = encoder.encode(JSON.stringify(json, exactNumbers))
  const dataStart = 4 + text.length + ((8 - ((4 + text.length) % 8)) % 8)
  const floats = arrays.reduce((sum, array) => sum + array.length, 0)
  const payloadLength = dataStart + floats * 8
  const out = new Uint8Array(FRAME_HEAD + payloadLength)
  const view = new DataView(out.buffer)
  const payload = out.subarray(FRAME_HEAD)
  view.setUint32(FRAME_HEAD, text.length, true)
  payload.set(text, 4)
  let offset = dataStart
  for (const array of arrays) {
    payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset)
    offset += array.byteLength
  }
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, payloadLength, true)
  view.setUint32(8, crc32(payload), true)
  return out
}

export const encodeHeader = (header: JournalHeader): Uint8Array => frame(header)

export function encodeRecord(record: RunRecord): Uint8Array {
  if (!record.ok) return frame({ runId: record.runId, ok: false, seed: record.seed, message: record.message })
  const { result } = record
  const meta: RunMeta = {
    runId: record.runId,
    ok: true,
    ticks: result.ticks,
    outcome: result.outcome,
    names: result.names,
    rows: result.tickColumn.length,
  }
  return frame(meta, [result.tickColumn, ...result.columns, result.final])
}

/** A frame found by scan(): where its payload is and its JSON part. */
export interface FrameInfo {
  offset: number
  length: number
  json: unknown
}

/** The JSON of a payload, and where its float data starts. */
function readJson(payload: Uint8Array): { json: unknown; dataStart: number } {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength)
  const textLength = view.getUint32(0, true)
  if (4 + textLength > payload.length) throw new RangeError('JSON longer than its frame')
  const json = JSON.parse(decoder.decode(payload.subarray(4, 4 + textLength)), exactNumbersBack)
  return { json, dataStart: 4 + textLength + ((8 - ((4 + textLength) % 8)) % 8) }
}

/**
 * The frame starting at `offset` of `bytes`, or undefined when it is cut short or damaged (a torn
 * last write). `bytes` may hold several frames.
 */
export function readFrame(bytes: Uint8Array, offset: number): FrameInfo | undefined {
  if (offset + FRAME_HEAD > bytes.length) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, FRAME_HEAD)
  if (view.getUint32(0, true) !== MAGIC) return undefined
  const length = view.getUint32(4, true)
  const start = offset + FRAME_HEAD
  if (start + length > bytes.length) return undefined
  const payload = bytes.subarray(start, start + length)
  if (crc32(payload) !== view.getUint32(8, true)) return undefined
  try {
    return { offset, length: FRAME_HEAD + length, json: readJson(payload).json }
  } catch {
    return undefined
  }
}

/** Frames from the start of `bytes` up to the first damaged one; `end` is where good data stops. */
export function scanFrames(bytes: Uint8Array): { frames: FrameInfo[]; end: number } {
  const frames: FrameInfo[] = []
  let offset = 0
  for (let found = readFrame(bytes, 0); found; found = readFrame(bytes, offset)) {
    frames.push(found)
    offset += found.length
  }
  return { frames, end: offset }
}

/** The run record of one whole frame (its 12-byte head included), already checked by readFrame. */
export function decodeRecord(frameBytes: Uint8Array): RunRecord {
  const payload = frameBytes.subarray(FRAME_HEAD)
  const { json, dataStart } = readJson(payload)
  const meta = json as RunMeta
  if (!meta.ok) return { runId: meta.runId, ok: false, seed: meta.seed ?? 0, message: meta.message ?? '' }
  const names = meta.names ?? []
  const rows = meta.rows ?? 0
  const floats = new Float64Array(payload.slice(dataStart).buffer)
  const take = (index: number, length: number) => floats.slice(index, index + length)
  const columns = names.map((_, i) => take(rows * (i + 1), rows))
  const result: RunResult = {
    runId: meta.runId,
    ticks: meta.ticks ?? 0,
    outcome: meta.outcome ?? null,
    names,
    tickColumn: take(0, rows),
    columns,
    final: take(rows * (names.length + 1), names.length),
  }
  return { runId: meta.runId, ok: true, result }
}

/** Whether a frame's JSON is a journal header, and whose. */
export function asHeader(json: unknown): JournalHeader | undefined {
  const header = json as Partial<JournalHeader> | null
  return header?.format === JOURNAL_FORMAT && typeof header.experimentHash === 'string'
    ? (header as JournalHeader)
    : undefined
}
