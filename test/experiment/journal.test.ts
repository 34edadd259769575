// The journal's framing: records read back exactly (NaN, -0 and ±Infinity in the outcome too), and
// a journal cut at any byte, or with any byte of its last record changed, keeps exactly the whole
// records before the damage.
import { describe, expect, it } from 'vitest'
import { decodeRecord, encodeHeader, encodeRecord, scanFrames } from '../../src/experiment/journal-codec.ts'
import type { RunRecord } from '../../src/experiment/run-result.ts'

const header = encodeHeader({ format: 'drawdown-lab/journal@1', experimentHash: 'abc', runs: 3 })

const finished: RunRecord = {
  runId: 0,
  ok: true,
  result: {
    runId: 0,
    ticks: 2,
    outcome: {
      exitTick: 40,
      outcome: 'relapse',
      timeToRelapse: 7,
      survivalTicks: 7,
      censored: false,
      complete: true,
      violenceAtExit: 1.5,
      peakPostExitViolence: Number.NaN,
      meanPostExitViolence: -0,
      relapseThreshold: Number.POSITIVE_INFINITY,
      trustAtExit: { police: -0, military: 0.1, peacekeepers: 0.2 },
      ownedCapacityAtExit: null,
      casualties: 3,
      casualtiesAfterExit: null,
      horizonTicks: 52,
      ticksObservedAfterExit: 12,
    },
    names: ['a', 'b'],
    tickColumn: Float64Array.of(0, 2),
    columns: [Float64Array.of(1.5, -0), Float64Array.of(Number.NaN, 1e-300)],
    final: Float64Array.of(-0, 1e-300),
  },
}
const failed: RunRecord = { runId: 2, ok: false, seed: 9, message: 'boom, "quoted"\nsecond line' }

const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

describe('batch journal', () => {
  it('gives back every record exactly', () => {
    const bytes = join(header, encodeRecord(finished), encodeRecord(failed))
    const { frames, end } = scanFrames(bytes)
    expect(end).toBe(bytes.length)
    expect(frames).toHaveLength(3)
    const back = frames
      .slice(1)
      .map((frame) => decodeRecord(bytes.subarray(frame.offset, frame.offset + frame.length)))
    expect(back).toEqual([finished, failed])
    const outcome = back[0].ok ? back[0].result.outcome : null
    expect(Object.is(outcome?.trustAtExit?.police, -0)).toBe(true)
    expect(Object.is(back[0].ok && back[0].result.columns[0][1], -0)).toBe(true)
  })

  it('keeps only whole, intact records when the last one is torn or damaged', () => {
    const first = encodeRecord(failed)
    const last = encodeRecord(finished)
    const bytes = join(header, first, last)
    const intact = header.length + first.length
    for (let cut = intact; cut < bytes.length; cut++) {
      expect(scanFrames(bytes.subarray(0, cut)).end).toBe(intact)
    }
    for (let at = intact; at < bytes.length; at += 5) {
      const damaged = bytes.slice()
      damaged[at] ^= 0x40
      expect(scanFrames(damaged).end).toBe(intact)
    }
  })
})
