// The map legend: the agents a frame holds, a citizen's brightness and the overlay's tint in the
// words the frame gives for them, and the generic words when it gives none.
import { describe, expect, it } from 'vitest'
import { type LegendFrame, legendEntries } from '../../src/ui/map/legend.ts'

const frame = (extra: Partial<LegendFrame> = {}): LegendFrame => ({
  count: 3,
  kind: Uint8Array.of(0, 0, 3),
  status: Uint8Array.of(0, 1, 0),
  group: Uint8Array.of(0, 0, 0),
  ...extra,
})

const labels = (entries: { label: string }[]) => entries.map((entry) => entry.label)

const ssrLike = {
  shade: Float32Array.of(0.2, 0.9, 1),
  overlay: new Float32Array(16),
  district: new Uint8Array(16),
}

describe('legendEntries', () => {
  it('names the shade and the overlay with the frame’s labels', () => {
    const entries = legendEntries(
      frame({ ...ssrLike, shadeLabel: 'perceived legitimacy', overlayLabel: 'insecurity' }),
      true,
    )
    expect(labels(entries)).toEqual([
      'citizen, quiet',
      'citizen, active',
      'peacekeeper',
      'brighter citizen: higher perceived legitimacy',
      'insecurity (orange tint)',
      'district border',
    ])
    expect(entries[3].colour).toMatch(/^linear-gradient\(/)
    expect(labels(legendEntries(frame({ ...ssrLike, overlayLabel: 'risk of attack' }), true))).toContain(
      'risk of attack (orange tint)',
    )
  })

  it('falls back to the generic words when the frame gives no labels', () => {
    const entries = labels(legendEntries(frame(ssrLike), true))
    expect(entries).toContain('insecurity (orange tint)')
    expect(entries.some((label) => label.startsWith('brighter'))).toBe(false)
  })

  it('leaves out the overlay while it is hidden, and what a frame does not have', () => {
    expect(labels(legendEntries(frame({ ...ssrLike, overlayLabel: 'insecurity' }), false))).not.toContain(
      'insecurity (orange tint)',
    )
    expect(labels(legendEntries(frame({ shadeLabel: 'trust', overlayLabel: 'insecurity' }), true))).toEqual([
      'citizen, quiet',
      'citizen, active',
      'peacekeeper',
    ])
  })
})
