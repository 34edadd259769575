// The insecurity field's spread and decay against the rule written out plainly: every cell keeps
// 1 − diffusion of its value and a quarter of diffusion for each neighbour it lacks (a bounded
// edge), receives a quarter of diffusion of each neighbour's value (wrapping on a torus), all times
// persistence, with values below 1e-6 cleared. The engine's version skips the edge tests away from
// the edges; the numbers must be the same to the last bit, on grids from one cell wide up.
import { describe, expect, it } from 'vitest'
import { Streams } from '../../src/engine/core/rng.ts'
import type { SsrWorld } from '../../src/engine/models/ssr/world.ts'
import { spreadInsecurity } from '../../src/engine/systems/ssr/insecurity.ts'

const PERSISTENCE = 0.93
const DIFFUSION = 0.3

/** The next field, and the total of its values before they are stored as 32-bit floats, in cell order. */
function reference(field: Float32Array, width: number, height: number, torus: boolean) {
  const next = new Float32Array(field.length)
  let total = 0
  const share = DIFFUSION / 4
  const at = (x: number, y: number) => {
    if (torus) return field[((y + height) % height) * width + ((x + width) % width)]
    return x < 0 || x >= width || y < 0 || y >= height ? undefined : field[y * width + x]
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const own = field[y * width + x]
      let inflow = 0
      let kept = own * (1 - DIFFUSION)
      for (const [dx, dy] of [
        [-1, 0],
        [1, 0],
        [0, -1],
        [0, 1],
      ]) {
        const value = at(x + dx, y + dy)
        if (value === undefined) kept += own * share
        else inflow += value
      }
      const value = PERSISTENCE * (kept + share * inflow)
      const settled = value < 1e-6 ? 0 : value
      next[y * width + x] = settled
      total += settled
    }
  }
  return { next, total }
}

function world(field: Float32Array, width: number, height: number, torus: boolean): SsrWorld {
  const total = field.reduce((sum, value) => sum + value, 0)
  return {
    grid: { width, height, torus },
    state: { insecurity: field, insecurityTotal: total },
    insecurityScratch: new Float32Array(field.length),
    scenario: { insecurity: { persistence: PERSISTENCE, diffusion: DIFFUSION } },
  } as unknown as SsrWorld
}

describe('insecurity spread', () => {
  const shapes = [
    [1, 1],
    [1, 7],
    [7, 1],
    [2, 2],
    [3, 3],
    [4, 9],
    [23, 17],
  ] as const
  const cases = shapes.flatMap(([width, height]) => [true, false].map((torus) => ({ width, height, torus })))
  it.each(cases)('matches the rule written out plainly (%o)', ({ width, height, torus }) => {
    const random = new Streams(width * 100 + height).stream('field')
    // Some cells hot, some faint (to be cleared), most empty.
    const field = Float32Array.from({ length: width * height }, () => {
      const draw = random()
      return draw < 0.2 ? random() : draw < 0.3 ? random() * 2e-6 : 0
    })
    const expected = reference(field, width, height, torus)
    const w = world(Float32Array.from(field), width, height, torus)
    spreadInsecurity(w)
    expect(Array.from(w.state.insecurity)).toEqual(Array.from(expected.next))
    // The running total sums the new values in cell order, before they are stored.
    expect(w.state.insecurityTotal).toBe(expected.total)
  })
})
