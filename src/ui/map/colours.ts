// Agent colours on the map (Okabe–Ito on a dark ground): by kind, by status for citizens, and by
// group for Model II's two groups. Packed as little-endian RGBA words for an ImageData buffer.
import { KIND_NAMES, STATUS_NAMES } from '../../engine/core/agents.ts'
import { OKABE_ITO } from '../palette.ts'

export const MAP_BACKGROUND = '#1b1b1b'

export interface LegendEntry {
  label: string
  colour: string
}

const CITIZEN = [
  // [group][status]: quiet, active, jailed
  [OKABE_ITO.skyBlue, OKABE_ITO.vermillion, '#8a8a8a'],
  [OKABE_ITO.bluishGreen, OKABE_ITO.orange, '#8a8a8a'],
]

/** Colour per kind code for the other kinds: police, military, peacekeeper, spoiler. */
const KIND_COLOURS = ['', OKABE_ITO.yellow, OKABE_ITO.blue, '#ffffff', OKABE_ITO.reddishPurple]

export function agentColour(kind: number, status: number, group: number): string {
  if (kind === 0) return CITIZEN[Math.min(group, 1)][Math.min(status, 2)]
  return KIND_COLOURS[kind] ?? '#ffffff'
}

const packed = (hex: string): number => {
  const value = Number.parseInt(hex.slice(1), 16)
  // ImageData is RGBA in memory; a little-endian Uint32 reads it as ABGR.
  return (0xff << 24) | ((value & 0xff) << 16) | (value & 0xff00) | ((value >> 16) & 0xff)
}

/** [kind][group][status] → packed colour. */
export const PACKED: readonly (readonly (readonly number[])[])[] = KIND_NAMES.map((_, kind) =>
  [0, 1].map((group) => STATUS_NAMES.map((_, status) => packed(agentColour(kind, status, group)))),
)

export const PACKED_BACKGROUND = packed(MAP_BACKGROUND)

const KIND_WORDS: Readonly<Record<string, string>> = {
  police: 'police (cops)',
  military: 'military',
  peacekeeper: 'peacekeeper',
  spoiler: 'spoiler',
}

/** Legend entries for the kinds, statuses and groups present in a frame. */
export function legendFor(frame: {
  count: number
  kind: Uint8Array
  status: Uint8Array
  group: Uint8Array
}): LegendEntry[] {
  const seen = new Set<string>()
  for (let i = 0; i < frame.count; i++)
    seen.add(`${frame.kind[i]}:${frame.kind[i] === 0 ? `${frame.group[i]}:${frame.status[i]}` : ''}`)
  const groupNames = [...seen].some((key) => key.startsWith('0:1:'))
    ? ['blue group', 'green group']
    : ['citizen']
  const entries: LegendEntry[] = []
  for (const [group, name] of groupNames.entries())
    for (const [status, word] of ['quiet', 'active', 'jailed'].entries())
      if (seen.has(`0:${group}:${status}`))
        entries.push({ label: `${name}, ${word}`, colour: agentColour(0, status, group) })
  KIND_NAMES.forEach((kindName, kind) => {
    if (kind > 0 && seen.has(`${kind}:`))
      entries.push({ label: KIND_WORDS[kindName] ?? kindName, colour: agentColour(kind, 0, 0) })
  })
  return entries
}
